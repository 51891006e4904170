import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { htmlToMarkdown } from '../../../../src/core/render/htmlToMarkdown';

/** Each `<name>.html` fixture converts (article address below) to exactly `<name>.md` minus its final newline. */
const fixturesDir = path.resolve(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'html');
const baseUrl = 'https://example.com/blog/post/';

const fixtures: Record<string, string> = {
  'forem-highlight': 'Forem highlighted blocks keep their language and lose the fullscreen and copy controls',
  'freecodecamp-language-class': 'freeCodeCamp language-X blocks keep their language, lower-cased, with entities decoded',
  'medium-pre-br': "Medium's <br>-separated code lines become separate lines, NBSP indentation becomes spaces",
  'code-languages': 'the language survives lang-, data-lang, brush:, hljs, Rouge and GitHub markup; plain stays plain',
  'code-fences': 'fences and inline code spans are longer than any backtick run inside them',
  'code-in-containers': 'code inside lists and quotes stays one fenced block with its exact text',
  'code-line-numbers': 'line numbers (Rouge, Chroma, Pygments gutters) are left out; bare language classes and code lang="…" name the language',
  links: 'links become absolute, unsafe or empty links leave only their text',
  images: 'one absolute image per img/picture, the widest srcset candidate; pixels and unsafe images dropped',
  figures: 'a figure caption becomes an italic line under its image',
  embeds: 'YouTube, Vimeo, CodePen and other embeds become links to what they show',
  noise: 'forms, scripts, SVG, hidden parts and Substack subscribe/share/poll/footnote widgets leave no text',
  tables: 'GFM tables stay on one line per row with escaped pipes; tables holding blocks become plain blocks',
  'prose-escaping': 'HTML-looking and Markdown-looking prose shows literally',
  fidelity: 'an image in code is its alt text; blank edges of code go; <br> in inline code stays a break; a heading wrapped in a link stays a heading; permalink anchors go; #anchors point at the heading ids the preview gives',
  'merged-cells': 'colspan and rowspan expand into one GFM cell per column; two header rows merge into one',
  structure: 'ATX headings, dash bullets, star emphasis, strikethrough, task lists; unknown tags keep their text',
};

describe('htmlToMarkdown fixtures', () => {
  test('every fixture file has a description here and an expected .md', () => {
    const names = fs.readdirSync(fixturesDir).filter((n) => n.endsWith('.html')).map((n) => n.slice(0, -5)).sort();
    assert.deepEqual(names, Object.keys(fixtures).sort());
    for (const name of names) assert.ok(fs.existsSync(path.join(fixturesDir, name + '.md')), name + '.md');
  });

  for (const [name, description] of Object.entries(fixtures)) {
    test(description, () => {
      const html = fs.readFileSync(path.join(fixturesDir, name + '.html'), 'utf8');
      const expected = fs.readFileSync(path.join(fixturesDir, name + '.md'), 'utf8').replace(/\n$/, '');
      assert.equal(htmlToMarkdown(html, { baseUrl }), expected);
    });
  }
});

describe('htmlToMarkdown', () => {
  test('empty and whitespace-only articles give an empty string', () => {
    assert.equal(htmlToMarkdown(''), '');
    assert.equal(htmlToMarkdown('  \n '), '');
    assert.equal(htmlToMarkdown('<p> </p><div></div>'), '');
  });

  test('without an article address, relative links give way to their text and protocol-relative ones get https', () => {
    assert.equal(
      htmlToMarkdown('<p><a href="/a">rel</a> <a href="//cdn.example/x">proto</a> <img src="/i.png" alt="i"></p>'),
      'rel [proto](https://cdn.example/x)',
    );
  });

  test('a code block keeps a fence longer than its longest backtick run', () => {
    assert.equal(htmlToMarkdown('<pre><code>a ````` b</code></pre>'), '``````\na ````` b\n``````');
  });

  test('text shaped like the pipeline\'s code placeholder is not mistaken for a code block', () => {
    // The placeholder is built from U+0000, which HTML parsing drops from text or turns into U+FFFD.
    assert.equal(htmlToMarkdown('<p>x\u00000\u0000y</p><pre>a\u00000\u0000b</pre><p title="\u00000\u0000">&#0;0&#0;</p>'), 'x0y\n\n```\na0b\n```\n\n\ufffd0\ufffd');
  });

  test('a pre inside a heading still becomes a fence on its own lines', () => {
    assert.equal(htmlToMarkdown('<h2>Title <pre>code</pre></h2>'), '## Title\n\n```\ncode\n```');
  });

  test('converting twice gives the same result (the shared converter keeps no state between articles)', () => {
    const html = '<p>See <a href="x">x</a></p><pre class="highlight ruby"><code>puts 1</code></pre>';
    const first = htmlToMarkdown(html, { baseUrl: 'https://a.example/p/' });
    htmlToMarkdown('<pre>other</pre><table><tr><td>a</td><td>b</td></tr></table>', { baseUrl: 'https://b.example/' });
    assert.equal(htmlToMarkdown(html, { baseUrl: 'https://a.example/p/' }), first);
    assert.equal(first, 'See [x](https://a.example/p/x)\n\n```ruby\nputs 1\n```');
  });
});
