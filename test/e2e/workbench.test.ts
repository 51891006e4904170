import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { useWorkbench } from './workbench';

suite('Workbench', () => {
  const workbench = useWorkbench();

  test('the real VS Code workbench loads with its activity bar and the workspace in the explorer', async () => {
    const { page } = workbench;
    assert.equal(await page.locator('.monaco-workbench').count(), 1);
    await workbench.treeItem('README.md').waitFor();
    const file = await workbench.screenshot('workbench-loaded');
    assert.ok(fs.statSync(file).size > 10_000, 'screenshot is not empty');
  });

  test('the Tutorials container opens its Sources view from the activity bar', async () => {
    await workbench.openTutorialsContainer();
    // A container with a single view shows "<container>: <view>" as its title instead of a pane header.
    const title = await workbench.page.locator('.part.sidebar .composite.title .title-label').innerText();
    assert.match(title, /^Tutorials: Sources$/i);
    await workbench.screenshot('tutorials-container');
  });
});
