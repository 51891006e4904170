import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractArticle } from '../../../../src/core/article/extractArticle';
import { htmlToText } from '../../../../src/core/feed/htmlText';
import { htmlToMarkdown } from '../../../../src/core/render/htmlToMarkdown';
import { extractSnippets } from '../../../../src/core/snippets/extractSnippets';

const pagesDir = path.resolve(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'pages');
interface ExpectedPage {
  title: string;
  codeBlocks: { lang: string; code: string }[];
  mustContain: string[];
  mustNotContain: string[];
  images: string[];
}
const { pageUrl, ...expectations } = JSON.parse(fs.readFileSync(path.join(pagesDir, 'expected.json'), 'utf8')) as { pageUrl: string } & Record<string, ExpectedPage>;
const read = (name: string) => fs.readFileSync(path.join(pagesDir, name), 'utf8');
const collapse = (text: string) => text.replace(/\s+/g, ' ');

describe('extractArticle on pages of the common publishing stacks', () => {
  for (const [name, expected] of Object.entries(expectations)) {
    describe(name, () => {
      const article = extractArticle(read(name), pageUrl);
      const markdown = article ? htmlToMarkdown(article.contentHtml, { baseUrl: pageUrl }) : '';
      const text = collapse(article ? htmlToText(article.contentHtml) : '');

      test('finds the article and its title', () => {
        assert.ok(article, 'an article');
        assert.ok(article.title.startsWith(expected.title), `title ${JSON.stringify(article.title)}`);
        assert.ok(article.textLength > 1000, `${article.textLength} characters`);
      });

      test('keeps every code block byte for byte, with the language its markup names, and no other', () => {
        assert.deepEqual(extractSnippets(markdown).map((s) => ({ lang: s.lang, code: s.code })), expected.codeBlocks);
      });

      test('keeps the prose and drops the page furniture', () => {
        for (const phrase of expected.mustContain) assert.ok(text.includes(collapse(phrase)), `missing: ${phrase}`);
        for (const phrase of expected.mustNotContain) assert.ok(!text.includes(collapse(phrase)), `furniture kept: ${phrase}`);
      });

      test('keeps the content images, lazy ones included, as absolute URLs', () => {
        for (const image of expected.images) assert.ok(markdown.includes(`](${image}`), `image missing: ${image}`);
      });

      test('returns no script, form or style of the page, and only absolute links', () => {
        assert.doesNotMatch(article?.contentHtml ?? '', /<(?:script|style|form|iframe)\b/i);
        for (const [, href] of markdown.matchAll(/\]\(([^)\s]+)/g)) assert.match(href, /^(?:https?:|mailto:|#)/, href);
      });
    });
  }
});

describe('extractArticle without an article to find', () => {
  test('a login wall gives undefined, not a throw', () => {
    assert.equal(extractArticle(read('login-wall.html'), pageUrl), undefined);
  });

  test('input that is not an HTML page is a clear Error', () => {
    const cases: [string, RegExp][] = [
      ['{"error": "not found"}', /^https:\/\/x\.example\/a is JSON, not an HTML page$/],
      ['<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', /is a feed, not an article page$/],
      ['<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', /is an XML document with root element <svg>, not an HTML page$/],
      ['Service Unavailable. Try again later.', /is plain text, not an HTML page \(it starts “Service Unavailable\. Try again later\.”\)$/],
      ['%PDF-1.7\u0000\u0001binary', /is binary data, not an HTML page$/],
      ['   ', /is empty, not an HTML page$/],
    ];
    for (const [input, message] of cases) assert.throws(() => extractArticle(input, 'https://x.example/a'), { message });
  });
});

describe('extractArticle resolves links and keeps languages', () => {
  const paragraphs = '<p>' + 'Tutorials teach by example, and every example deserves care. '.repeat(12) + '</p>';

  test('relative links and images resolve against the page URL, or its <base>', () => {
    const page = `<html><head><title>T</title></head><body><article><h1>T</h1>${paragraphs}<p><a href="../other">other</a> <img src="img/a.png" alt="a"></p>${paragraphs}</article></body></html>`;
    const own = extractArticle(page, 'https://site.example/blog/post/') as NonNullable<ReturnType<typeof extractArticle>>;
    assert.match(own.contentHtml, /href="https:\/\/site\.example\/blog\/other"/);
    assert.match(own.contentHtml, /src="https:\/\/site\.example\/blog\/post\/img\/a\.png"/);
    const based = extractArticle(page.replace('<title>', '<base href="/static/"><title>'), 'https://site.example/blog/post/') as NonNullable<ReturnType<typeof extractArticle>>;
    assert.match(based.contentHtml, /src="https:\/\/site\.example\/static\/img\/a\.png"/);
  });

  test('a bare language class (<pre class="javascript">) survives Readability and reaches the Markdown', () => {
    const page = `<html><body><article><h1>T</h1>${paragraphs}<pre class="javascript">let a = 1 &lt; 2;</pre>${paragraphs}</article></body></html>`;
    const article = extractArticle(page, 'https://site.example/a') as NonNullable<ReturnType<typeof extractArticle>>;
    assert.deepEqual(extractSnippets(htmlToMarkdown(article.contentHtml)).map((s) => [s.lang, s.code]), [['javascript', 'let a = 1 < 2;']]);
  });

  test('a page\'s script never runs: an inline document.title change has no effect on the result', () => {
    const page = `<html><head><title>Safe title</title><script>document.title = 'PWNED'</script></head><body><article><h1>Safe title</h1>${paragraphs}${paragraphs}</article><script>document.title = 'PWNED'</script></body></html>`;
    assert.equal(extractArticle(page, 'https://site.example/a')?.title, 'Safe title');
  });

  test('a 20,000-deep page extracts without overflowing the stack', () => {
    const page = `<html><body><article><h1>Deep</h1>${paragraphs}${'<div>'.repeat(20_000)}bottom${'</div>'.repeat(20_000)}${paragraphs}</article></body></html>`;
    assert.ok(extractArticle(page, 'https://site.example/a'));
  });
});
