import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Article } from '../../../src/articles/article';
import { Commands } from '../../../src/ids';
import type { ArticlePreview } from '../../../src/preview/articlePreview';
import { describeSnippets } from '../../../src/snippets/snippetLanguages';
import { feedServerControl } from '../../support/feedServerControl';
import { setSources, waitFor } from '../support/extensionApi';
import { previewTestApi, type PreviewTestApi } from './previewTestApi';

suite('The preview shows guessed languages', () => {
  let api: PreviewTestApi;
  let article!: Article;

  suiteSetup(async function () {
    this.timeout(60_000);
    api = await previewTestApi();
    await setSources(api, [{ url: feedServerControl().urlOf('/medium.xml') }]);
    // Medium marks no code block with a language: the article whose blocks the tree gives the most languages.
    let best = -1;
    for (const candidate of api.store.articles()) {
      const { markdown, snippets } = api.content.get(candidate);
      const known = (await describeSnippets(markdown, snippets)).filter((d) => d.languageId !== 'plaintext').length;
      if (known > best) [best, article] = [known, candidate];
    }
    assert.ok(best >= 3, `a Medium seed article with three blocks in a known language (best: ${best})`);
  });

  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('unmarked blocks get the language the tree shows, highlighted in it, after the first paint', async () => {
    const preview = await vscode.commands.executeCommand<ArticlePreview>(Commands.openPreview, article);
    const firstPaint = preview.panel.webview.html;
    assert.doesNotMatch(firstPaint, /· guessed/, 'the first paint does not wait for the guesses');
    await waitFor(() => preview.guessedLanguages !== undefined, 'the guesses');
    const { markdown, snippets } = api.content.get(article);
    const tree = await describeSnippets(markdown, snippets);
    const guessed = preview.guessedLanguages ?? [];
    assert.ok(guessed.length >= 3, `${guessed.length} blocks guessed`);
    for (const block of guessed) {
      assert.equal(block.languageId, tree[block.index].languageId, `block ${block.index}: the same language as the tree`);
      assert.equal(snippets[block.index].lang, '', 'only unmarked blocks are guessed');
    }
    assert.ok(guessed.some((block) => block.html?.includes('<span class="hljs-')), 'highlighted in the guessed language');
  });
});
