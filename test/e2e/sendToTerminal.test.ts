import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { e2eSession } from './e2eSession';
import { openArticleFromTree, previewFrame } from './previewPage';
import { useWorkbench } from './workbench';

// The terminal's bash has bracketed paste off (see runE2e.ts): pasting two lines raw would run the first at once.
// Send to Terminal goes through VS Code's own paste, so VS Code asks first, and Cancel leaves everything unrun.

suite('Send to Terminal in the workbench', () => {
  const workbench = useWorkbench();

  test('two lines into a bash without bracketed paste: VS Code asks first, and after Cancel nothing has run', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tutorial-reader-e2e-terminal-'));
    const first = path.join(dir, 'first');
    const second = path.join(dir, 'second');
    const { feeds } = e2eSession();
    const code = `touch ${first}\ntouch ${second}`;
    feeds.setResponse('/terminal.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: `<rss version="2.0"><channel><title>Terminal Lessons</title><item><title>Two commands</title><guid>t-1</guid>`
        + `<description>&lt;p&gt;Run both:&lt;/p&gt;&lt;pre&gt;&lt;code class="language-bash"&gt;${code}&lt;/code&gt;&lt;/pre&gt;</description></item></channel></rss>`,
    });
    await workbench.openTutorialsContainer();
    await workbench.treeItem('Forem: Akshat Jain').first().waitFor({ timeout: 30_000 });
    await workbench.runCommand('Tutorial Reader: Add Source…');
    const input = workbench.page.locator('.quick-input-widget input');
    await input.fill(feeds.urlOf('/terminal.xml'));
    await input.press('Enter');
    await workbench.treeItem('Terminal Lessons').first().waitFor({ timeout: 30_000 });
    await workbench.runCommand('Terminal: Create New Terminal');
    await workbench.page.locator('.terminal-wrapper').first().waitFor({ timeout: 30_000 });
    await workbench.page.waitForTimeout(2000);
    await openArticleFromTree(workbench, 'Terminal Lessons', 'Two commands');

    await previewFrame(workbench).locator('button.code-action[data-action="sendToTerminal"]').first().click();
    const dialog = workbench.page.locator('.monaco-dialog-box', { hasText: /paste 2 lines/i });
    await dialog.waitFor({ timeout: 15_000 });
    await workbench.screenshot('send-to-terminal-paste-warning');
    assert.equal(fs.existsSync(first) || fs.existsSync(second), false, 'nothing ran while VS Code asks');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await workbench.page.waitForTimeout(1500);
    assert.equal(fs.existsSync(first) || fs.existsSync(second), false, 'nothing ran after Cancel');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
