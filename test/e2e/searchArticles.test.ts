import assert from 'node:assert/strict';
import { previewFrame } from './previewPage';
import { useWorkbench } from './workbench';

// Search Articles in the real workbench: typed into VS Code's quick pick, a word from an article's code finds it.

suite('Search Articles in the workbench', () => {
  const workbench = useWorkbench();

  test('the start of an identifier in an article\'s code finds that article, shows where, and Enter opens it', async () => {
    const { page } = workbench;
    await workbench.openTutorialsContainer();
    await workbench.treeItem('Forem: Akshat Jain').first().waitFor({ timeout: 30_000 });
    await workbench.runCommand('Tutorial Reader: Search Articles');
    const input = page.locator('.quick-input-widget input');
    await input.fill('WAHA_DASHBOARD_PASS');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    const title = 'How to Build a Self-Hosted WhatsApp Bot with n8n and WAHA';
    await rows.filter({ hasText: title }).first().waitFor({ timeout: 20_000 });
    assert.equal(await rows.count(), 1, 'one article has it in its code');
    assert.match(await rows.first().innerText(), /WAHA_DASHBOARD_PASSWORD=/, 'the row shows the matched code');
    await workbench.screenshot('search-articles');
    await input.press('Enter');
    await previewFrame(workbench).locator('h1.article-title', { hasText: title }).waitFor({ timeout: 20_000 });
  });
});
