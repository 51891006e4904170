import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeLanguagesOf } from '../../../src/articles/codeLanguages';

test('search finds an article by the languages its code is marked with', () => {
  const html = '<pre><code class="language-python">x</code></pre><div class="highlight"><pre class="highlight javascript"><code>y</code></pre></div>'
    + '<pre data-lang="Go">z</pre><pre><code class="lang-yaml">a: 1</code></pre><pre><code class="language-python">again</code></pre>';
  assert.deepEqual(codeLanguagesOf(html), ['python', 'javascript', 'go', 'yaml']);
});

test('plain-text blocks add no language to search', () => {
  assert.deepEqual(codeLanguagesOf('<pre><code class="language-plaintext">x</code></pre><pre><code class="language-text">y</code></pre><p>no code</p>'), []);
});
