import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../../../src/core/render/renderMarkdown';
import { extractSnippets } from '../../../../src/core/snippets/extractSnippets';

const article = [
  '# Deploying',
  '',
  '```dockerfile',
  'FROM node:20',
  '```',
  '',
  '    indented, not a snippet',
  '',
  '1. Build:',
  '',
  '   ~~~Console',
  '   $ docker build .',
  '   ~~~',
  '',
  '> ````',
  '> no language',
  '> ````',
  '',
  '| a |',
  '|---|',
  '| `x` |',
  '',
  '```unknown-lang',
  'stuff',
  '```',
].join('\n');

function renderedBlocks(html: string): { index: number; lang: string }[] {
  return [...html.matchAll(/<pre class="hljs" data-snippet="(\d+)"(?: data-lang="([^"]*)")?>/g)]
    .map((m) => ({ index: Number(m[1]), lang: m[2] ?? '' }));
}

describe('renderMarkdown', () => {
  test('every fenced block carries the index and language extractSnippets gives it', () => {
    const snippets = extractSnippets(article);
    assert.equal(snippets.length, 4);
    assert.deepEqual(renderedBlocks(renderMarkdown(article)), snippets.map(({ index, lang }) => ({ index, lang })));
  });

  test('a snippet renders as pre with data-snippet and data-lang around code with its language class', () => {
    assert.equal(
      renderMarkdown('```text\na < b\n```'),
      '<pre class="hljs" data-snippet="0" data-lang="text"><code class="language-text">a &lt; b\n</code></pre>\n',
    );
  });

  test('python is highlighted', () => {
    assert.equal(
      renderMarkdown('```python\nimport os\n```'),
      '<pre class="hljs" data-snippet="0" data-lang="python"><code class="language-python"><span class="hljs-keyword">import</span> os\n</code></pre>\n',
    );
  });

  test('code in an unknown or missing language is not guessed at', () => {
    const code = 'SELECT id FROM users WHERE name = "x";\nfunction f() { return 1; }';
    for (const fence of ['```', '```madeup']) {
      const html = renderMarkdown(`${fence}\n${code}\n\`\`\``);
      assert.doesNotMatch(html, /<span/, html);
    }
  });

  test('indented code renders plainly without snippet actions', () => {
    assert.equal(renderMarkdown('    x = 1\n'), '<pre><code>x = 1\n</code></pre>\n');
  });

  test('rendering twice gives the same numbering (no state left on the shared instance)', () => {
    assert.equal(renderMarkdown(article), renderMarkdown(article));
  });
});
