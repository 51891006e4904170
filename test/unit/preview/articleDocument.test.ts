import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../../src/articles/article';
import { extractSnippets } from '../../../src/core/snippets/extractSnippets';
import { formatDate, renderArticleDocument } from '../../../src/preview/articleDocument';

const resources = { cspSource: 'vscode-src', scriptUri: 'vscode-src/media/preview.js', styleUri: 'vscode-src/media/preview.css' };
const article: Article = {
  sourceKey: 'https://a.dev/feed',
  sourceTitle: 'A Dev',
  item: { id: 'post-1', title: 'Shipping with Docker', author: 'Ada', published: '2026-06-05T12:00:00Z', categories: ['docker'], link: 'https://a.dev/post-1' },
};
const markdown = [
  'Install it:',
  '',
  '```bash',
  '$ docker run hello-world',
  '```',
  '',
  '![The architecture](https://a.dev/arch.png)',
  '',
  '```python',
  'print("hi")',
  '```',
  '',
  '<script>document.title = "pwned"</script>',
].join('\n');
const content = { markdown, snippets: extractSnippets(markdown) };

test('the preview shows the header and the rendered article with its code blocks numbered', () => {
  const html = renderArticleDocument(article, content, resources, { showImages: true }, 'en-US');
  assert.ok(html.includes('<h1 class="article-title">Shipping with Docker</h1>'));
  assert.ok(html.includes('<time datetime="2026-06-05T12:00:00Z">Jun 5, 2026</time>'));
  assert.ok(html.includes('<span class="article-reading-time">1 min read</span>'));
  assert.ok(html.includes('<pre class="hljs" data-snippet="0" data-lang="bash">'));
  assert.ok(html.includes('<pre class="hljs" data-snippet="1" data-lang="python">'));
  assert.ok(html.includes('<img src="https://a.dev/arch.png" alt="The architecture" loading="lazy" referrerpolicy="no-referrer">'));
});

test('only shell blocks are offered to the terminal', () => {
  const html = renderArticleDocument(article, content, resources, { showImages: true });
  assert.ok(html.includes('data-page="{&quot;sourceKey&quot;:&quot;https://a.dev/feed&quot;,&quot;itemId&quot;:&quot;post-1&quot;,&quot;shellSnippets&quot;:[0]}"'));
});

test('raw HTML in an article stays text, and the only script is the preview\'s own', () => {
  const html = renderArticleDocument(article, content, resources, { showImages: true });
  assert.ok(html.includes('<p>&lt;script&gt;document.title = &quot;pwned&quot;&lt;/script&gt;</p>'));
  assert.deepEqual(html.match(/<script\b[^>]*>/g), [/<script nonce="[^"]+" src="vscode-src\/media\/preview.js">/.exec(html)?.[0]]);
});

test('with images hidden, the article shows alt text and loads no image', () => {
  const html = renderArticleDocument(article, content, resources, { showImages: false });
  assert.ok(html.includes('<p><span class="image-placeholder">[image: The architecture]</span></p>'));
  assert.ok(!/<img\b/i.test(html));
  assert.ok(html.includes("img-src &#39;none&#39;"));
});

test('dates show in the UI language; a missing or broken date shows none', () => {
  assert.equal(formatDate('2026-06-05T12:00:00Z', 'en-US'), 'Jun 5, 2026');
  assert.equal(formatDate('2026-06-05T12:00:00Z', 'de'), '5. Juni 2026');
  assert.equal(formatDate(undefined, 'en'), undefined);
  assert.equal(formatDate('not a date', 'en'), undefined);
});
