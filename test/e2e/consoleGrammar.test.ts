import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { e2eSession } from './e2eSession';
import { useWorkbench } from './workbench';

// The Console Session grammar in a real editor: prompts, commands, output and errors get different colours.

const session = [
  '$ npm install express',
  'npm ERR! code ERESOLVE',
  'added 64 packages in 2s',
  '$ docker run --rm -p 8080:80 nginx:alpine',
  'Error: port is already allocated',
  '',
].join('\n');

suite('Console Session grammar', () => {
  const workbench = useWorkbench();

  test('a .console file opens as Console Session with prompts, output and errors coloured apart', async () => {
    const { page } = workbench;
    const file = path.join(e2eSession().workspace, 'install.console');
    fs.writeFileSync(file, session);
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('install.console');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'install.console' }).first().click();
    await page.locator('.statusbar-item', { hasText: /^Console Session$/ }).first().waitFor({ timeout: 20_000 });

    const lines = page.locator('.editor-instance .monaco-editor .view-line');
    await lines.first().waitFor();
    // Monaco gives each distinct token style its own mtkN class: count the styles per line.
    const stylesOf = async (needle: string) => {
      const line = lines.filter({ hasText: needle }).first();
      return new Set(await line.locator('span > span').evaluateAll((spans) => spans.map((s) => s.className)));
    };
    // Monaco tokenizes after the language is set: wait (bounded) until the first line has been tokenized.
    let command = await stylesOf('npm install express');
    for (const deadline = Date.now() + 15_000; command.size < 2 && Date.now() < deadline; ) {
      await page.waitForTimeout(250);
      command = await stylesOf('npm install express');
    }
    const error = await stylesOf('npm ERR!');
    const output = await stylesOf('added 64 packages');
    assert.ok(command.size >= 2, `prompt and command are styled apart: ${[...command].join(' ')}`);
    assert.notDeepEqual([...error], [...output], 'an error line is coloured differently from plain output');
    await workbench.screenshot('console-session-grammar');
  });
});
