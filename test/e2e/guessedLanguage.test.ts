import assert from 'node:assert/strict';
import { parseFeed } from '../../src/core/feed/parseFeed';
import { htmlToMarkdown } from '../../src/core/render/htmlToMarkdown';
import { detectLanguage } from '../../src/core/snippets/detectLanguage';
import { extractSnippets } from '../../src/core/snippets/extractSnippets';
import { loadSeeds } from '../support/seeds';
import { openArticleFromTree, previewFrame, setColorTheme } from './previewPage';
import { useWorkbench } from './workbench';

// Medium marks no code block with a language: the preview labels each with the language the tree uses,
// "· guessed", and highlights it in that language once the guess is in.

async function mediumArticle(): Promise<{ feedTitle: string; title: string }> {
  const seed = loadSeeds().find((s) => s.label === 'medium');
  assert.ok(seed, 'the Medium seed');
  const feed = parseFeed(seed.text);
  for (const item of feed.items) {
    const snippets = extractSnippets(htmlToMarkdown(item.contentHtml ?? '', { baseUrl: item.link }));
    let known = 0;
    for (const snippet of snippets) if ((await detectLanguage(snippet.code)).languageId !== 'plaintext') known++;
    if (known >= 3) return { feedTitle: feed.title, title: item.title };
  }
  throw new Error('no Medium seed article has three blocks in a known language');
}

suite('Guessed languages in the preview', () => {
  const workbench = useWorkbench();

  test('an unmarked block shows its guessed language, marked as guessed, and is highlighted in it', async () => {
    const { feedTitle, title } = await mediumArticle();
    await setColorTheme(workbench, 'Default Light Modern');
    await openArticleFromTree(workbench, feedTitle, title);
    const frame = previewFrame(workbench);
    const label = frame.locator('.code-language.guessed').first();
    await label.waitFor({ timeout: 30_000 });
    assert.match(await label.innerText(), /^[\w-]+ · guessed$/);
    const block = frame.locator('.code-block', { has: frame.locator('.code-language.guessed') }).first();
    assert.ok(await block.locator('pre.hljs code span[class^="hljs-"]').count() > 0, 'token spans from highlight.js');
    await label.scrollIntoViewIfNeeded();
    await workbench.page.waitForTimeout(300);
    await workbench.screenshot('preview-guessed-language-light');
  });
});
