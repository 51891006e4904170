import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '@mixmark-io/domino';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { parseFeed } from '../../../../src/core/feed/parseFeed';
import { htmlToMarkdown } from '../../../../src/core/render/htmlToMarkdown';
import type { DomDocument, DomElement } from '../../../../src/core/render/html/domTypes';
import { loadSeeds } from '../../../support/seeds';

interface SeedArticle {
  label: string;
  title: string;
  link: string;
  html: string;
  markdown: string;
}

interface Fence {
  info: string;
  code: string;
}

const markdownIt = new MarkdownIt();
const rawTag = /<\/?[a-z][a-z0-9-]*[\s>/]/i;
const nonBreakingSpaces = /\u00a0/g;

let articles: SeedArticle[] = [];

function parse(html: string): DomDocument {
  return createDocument(html) as DomDocument;
}

/** Top-level <pre> elements (a <pre> inside a <pre> is part of it), in document order. */
function outerPres(document: DomDocument): DomElement[] {
  return Array.from((document.body as DomElement).getElementsByTagName('pre')).filter((pre) => {
    for (let node = pre.parentNode; node; node = node.parentNode) if (node.nodeName === 'PRE') return false;
    return true;
  });
}

/**
 * What the reader saw in a <pre>: its text with <br> as a newline and NBSP as a space, without the blank lines
 * at its start and end (a browser shows them as empty space, not as code).
 */
function visibleCode(pre: DomElement): string {
  for (const br of Array.from(pre.getElementsByTagName('br'))) {
    (br.parentNode as DomElement).replaceChild(pre.ownerDocument.createTextNode('\n'), br);
  }
  return pre.textContent.replace(nonBreakingSpaces, ' ').replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '');
}

/** The fenced blocks a Markdown reader (markdown-it) finds, code without the final newline it adds. */
function fences(markdown: string): Fence[] {
  return markdownIt.parse(markdown, {}).filter((token) => token.type === 'fence')
    .map((token) => ({ info: token.info, code: token.content.replace(/\n$/, '') }));
}

/** The Markdown with fenced/indented code and inline code spans blanked out: the prose a reader sees as text. */
function proseOnly(markdown: string): string {
  const lines = markdown.split('\n');
  for (const token of markdownIt.parse(markdown, {})) {
    if ((token.type === 'fence' || token.type === 'code_block') && token.map) {
      for (let line = token.map[0]; line < token.map[1]; line++) lines[line] = '';
    }
  }
  return lines.join('\n').replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
}

function urlsOf(markdown: string): string[] {
  const urls: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'link_open') urls.push(String(token.attrGet('href') ?? ''));
      if (token.type === 'image') urls.push(String(token.attrGet('src') ?? ''));
      if (token.children) walk(token.children);
    }
  };
  walk(markdownIt.parse(markdown, {}));
  return urls;
}

function byLabel(label: string): SeedArticle[] {
  const found = articles.filter((article) => article.label === label);
  assert.ok(found.length > 0, `no ${label} articles in the seeds`);
  return found;
}

describe('htmlToMarkdown on the five seed feeds', () => {
  before(() => {
    articles = loadSeeds().flatMap((seed) => parseFeed(seed.text).items.map((item) => {
      const html = item.contentHtml ?? item.summary ?? '';
      const link = item.link ?? '';
      return { label: seed.label, title: item.title, link, html, markdown: htmlToMarkdown(html, { baseUrl: link }) };
    }));
  });

  test('every one of the 67 seed articles converts to non-empty Markdown', () => {
    assert.equal(articles.length, 67);
    for (const article of articles) {
      assert.ok(article.html.length > 0, article.title);
      assert.ok(article.markdown.length > 200, article.title);
    }
  });

  test('each <pre> becomes exactly one fenced block showing exactly the code the reader saw', () => {
    let compared = 0;
    for (const article of articles) {
      const expected = outerPres(parse(article.html)).map(visibleCode);
      const actual = fences(article.markdown).map((fence) => fence.code);
      assert.equal(actual.length, expected.length, `${article.title}: fenced blocks vs <pre> elements`);
      assert.deepEqual(actual, expected, article.title);
      compared += expected.length;
    }
    assert.ok(compared > 400, `only ${compared} code blocks compared`);
  });

  test('Forem python, json and other highlighted blocks keep their language (plaintext stays plain)', () => {
    let python = 0;
    for (const article of byLabel('forem')) {
      const expected = outerPres(parse(article.html)).map((pre) => {
        const language = /(?:^|\s)highlight\s+(\S+)/.exec(pre.getAttribute('class') ?? '')?.[1] ?? '';
        return language === 'plaintext' ? '' : language;
      });
      const actual = fences(article.markdown).map((fence) => fence.info);
      assert.deepEqual(actual, expected, article.title);
      python += actual.filter((info) => info === 'python').length;
    }
    assert.ok(python >= 5, `only ${python} python blocks`);
  });

  test('freeCodeCamp language-X blocks keep their language', () => {
    const seen = new Set<string>();
    for (const article of [...byLabel('freecodecamp'), ...byLabel('docker')]) {
      const expected = outerPres(parse(article.html)).map((pre) => {
        const code = pre.getElementsByTagName('code')[0];
        const language = /language-(\S+)/.exec(code?.getAttribute('class') ?? '')?.[1]?.toLowerCase() ?? '';
        return language === 'plaintext' ? '' : language;
      });
      const actual = fences(article.markdown).map((fence) => fence.info);
      assert.deepEqual(actual, expected, article.title);
      actual.forEach((info) => seen.add(info));
    }
    for (const language of ['javascript', 'python', 'bash', 'yaml', 'dockerfile', 'go', 'json']) assert.ok(seen.has(language), language);
  });

  test("Medium's <br>-separated code lines become separate lines", () => {
    let multiLine = 0;
    for (const article of byLabel('medium')) {
      const pres = outerPres(parse(article.html));
      const codes = fences(article.markdown).map((fence) => fence.code);
      pres.forEach((pre, index) => {
        if (pre.getElementsByTagName('br').length === 0) return;
        multiLine++;
        // One line per <br>-separated line the reader saw (blank lines at the block's edges are not code).
        assert.equal(codes[index].split('\n').length, visibleCode(pre).split('\n').length, `${article.title} block ${index}`);
        assert.ok(!codes[index].includes('<br'), `${article.title} block ${index}`);
      });
    }
    assert.ok(multiLine >= 40, `only ${multiLine} Medium blocks with <br>`);
  });

  test('no raw HTML tag is left in the prose of any article', () => {
    for (const article of articles) {
      const match = rawTag.exec(proseOnly(article.markdown));
      assert.equal(match, null, `${article.title}: ${match?.[0]}`);
    }
  });

  test('the raw-HTML check does see a tag left in prose', () => {
    assert.ok(rawTag.test(proseOnly('Text <div class="x">and</div> more\n\n```\n<pre>\n```')));
    assert.ok(!rawTag.test(proseOnly('Text `<div>` more\n\n```\n<pre>\n```')));
  });

  test('every link and image points to an absolute http(s) address, or to a place in the article itself', () => {
    let count = 0;
    let sameArticle = 0;
    for (const article of articles) {
      for (const url of urlsOf(article.markdown)) {
        assert.match(url, /^(?:https?:\/\/[^/\s]+|#[^\s#]+$)/, `${article.title}: ${url}`);
        count++;
        if (url.startsWith('#')) sameArticle++;
      }
    }
    assert.ok(count > 500, `only ${count} links and images`);
    assert.ok(sameArticle > 0, 'the seeds\' tables of contents link within their articles');
  });

  test('the Medium tracking pixel does not show as an image', () => {
    for (const article of byLabel('medium')) {
      assert.ok(article.html.includes('medium.com/_/stat'), article.title);
      assert.ok(!article.markdown.includes('medium.com/_/stat'), article.title);
    }
  });

  test('no Substack subscribe, share, poll or button widget text is left', () => {
    const widget = /(?:^|\s)(?:subscription-widget|captioned-button|button-wrapper|poll-embed|footnote-anchor)/;
    let widgets = 0;
    for (const article of byLabel('substack')) {
      const document = parse(article.html);
      const lines = new Set(article.markdown.split('\n').map((line) => line.trim()));
      for (const element of Array.from((document.body as DomElement).getElementsByTagName('*'))) {
        if (!widget.test(element.getAttribute('class') ?? '')) continue;
        widgets++;
        const text = element.textContent.replace(/\s+/g, ' ').trim();
        if (!text) continue;
        assert.ok(!article.markdown.includes('[' + text + ']'), `${article.title}: [${text}]`);
        assert.ok(!lines.has(text), `${article.title}: ${text}`);
        if (text.length >= 20) assert.ok(!article.markdown.includes(text), `${article.title}: ${text}`);
      }
      assert.ok(!lines.has('Subscribe') && !lines.has('Share'), article.title);
    }
    assert.ok(widgets >= 60, `only ${widgets} widgets seen`);
  });

  test('Substack pictures become one image each, the widest candidate', () => {
    for (const article of byLabel('substack')) {
      const pictures = (parse(article.html).body as DomElement).getElementsByTagName('picture').length;
      const images = urlsOf(article.markdown).filter((url) => url.includes('substackcdn.com/image'));
      assert.equal(images.length, pictures, article.title);
      for (const url of images) assert.match(url, /w_1456|f_auto,q_auto:good,fl_progressive:steep\/https/, url);
    }
  });
});
