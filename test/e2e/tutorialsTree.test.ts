import assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

// A user opens the Tutorials container, expands a source and an article, and opens a snippet from the tree.

const source = 'Forem: Akshat Jain';
const article = 'How I Built an LLM Service That Converts Natural Language into Database Events';

/** Monaco renders spaces as no-break spaces and each line as its own element: compare words only. */
function words(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

suite('Tutorials tree in the workbench', () => {
  const workbench = useWorkbench();

  test('the Sources view lists the seed feeds with their unread counts', async () => {
    await workbench.openTutorialsContainer();
    const row = workbench.treeItem(source);
    await row.waitFor({ timeout: 30_000 });
    // Each source row shows "N unread" as its description once its feed has loaded.
    await workbench.page.locator('.part.sidebar .monaco-list-row', { hasText: source }).filter({ hasText: '12 unread' }).waitFor({ timeout: 30_000 });
    for (const title of ['Docker - freeCodeCamp.org', 'Stories by Dr. Yaroslav Zhbankov on Medium', 'Level Up Coding System Design Newsletter']) {
      await workbench.treeItem(title).waitFor();
    }
    await workbench.screenshot('tree-sources');
  });

  test('expanding a source and an article shows the article\'s snippets; clicking one opens its code in a tab named after its file', async () => {
    const { page } = workbench;
    await workbench.treeItem(source).click();
    const articleRow = workbench.treeItem(article);
    await articleRow.waitFor();
    // Expand with the twistie (clicking the row itself opens the preview).
    await articleRow.locator('.monaco-tl-twistie').click();
    const snippetRow = page.locator('.part.sidebar .monaco-list-row', { hasText: /python · \d+ lines/ }).first();
    await snippetRow.waitFor({ timeout: 20_000 });
    await workbench.screenshot('tree-article-snippets');

    await snippetRow.click();
    const editor = page.locator('.editor-instance .monaco-editor .view-lines').first();
    await editor.waitFor();
    await page.locator('.statusbar-item', { hasText: /^Python$/ }).first().waitFor({ timeout: 20_000 });
    const text = words(await editor.innerText());
    assert.ok(text.length > 20, `the editor shows the snippet's code, got "${text}"`);
    // Named after the file the snippet is for (`snippet.py` when the article names none), never after its first line.
    // The label renders name and extension in separate spans: compare without whitespace.
    const tab = (await page.locator('.tab.active').innerText()).replace(/\s+/g, '');
    assert.match(tab, /^[\w./-]+\.py\b/, `the tab is a Python file name, got "${tab}"`);
    assert.ok(!text.startsWith(tab), 'the tab does not show the first line of code');
    await workbench.screenshot('tree-snippet-opened');
  });
});
