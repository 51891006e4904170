import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeLanguagesInHtml } from '../../../../src/core/render/html/codeLanguagesInHtml';
import { htmlToMarkdown } from '../../../../src/core/render/htmlToMarkdown';
import { extractSnippets } from '../../../../src/core/snippets/extractSnippets';
import { loadSeeds } from '../../../support/seeds';
import { parseFeed } from '../../../../src/core/feed/parseFeed';

test('search finds an article by the languages its code is marked with, each once', () => {
  const html = '<pre><code class="language-python">x</code></pre><div class="highlight"><pre class="highlight javascript"><code>y</code></pre></div>'
    + '<pre data-lang="Go">z</pre><pre><code class="lang-yaml">a: 1</code></pre><pre><code class="language-python">again</code></pre>'
    + '<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>r</code></pre></div></div><pre class="javascript">bare</pre>';
  assert.deepEqual(codeLanguagesInHtml(html), ['python', 'javascript', 'go', 'yaml', 'ruby']);
});

test('plain-text blocks add no language to search', () => {
  assert.deepEqual(codeLanguagesInHtml('<pre><code class="language-plaintext">x</code></pre><pre><code class="language-text">y</code></pre><p>no code</p>'), []);
});

test('on every seed article, search reads the same languages as the converter gives the preview', () => {
  for (const seed of loadSeeds()) {
    for (const item of parseFeed(seed.text).items) {
      const html = item.contentHtml ?? item.summary ?? '';
      const fromConverter = [...new Set(extractSnippets(htmlToMarkdown(html)).map((s) => s.lang).filter(Boolean))];
      assert.deepEqual(codeLanguagesInHtml(html), fromConverter, item.title);
    }
  }
});
