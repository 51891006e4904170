import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToMarkdown } from '../../../../src/core/render/htmlToMarkdown';

/** Converts and returns the Markdown with the CPU time it took (CPU, not wall clock: other work on the machine does not count). */
function timed(html: string): { markdown: string; ms: number } {
  const start = process.cpuUsage();
  const markdown = htmlToMarkdown(html);
  const used = process.cpuUsage(start);
  return { markdown, ms: (used.user + used.system) / 1000 };
}

/**
 * A guard against quadratic blow-ups, not a speed target (those are in `npm run bench`, section hostile): each
 * input here converts in a few hundred ms; quadratic work on it would take minutes.
 */
const budgetMs = 3000;

describe('htmlToMarkdown on hostile input', () => {
  const deep = 20000;
  const nestings: [string, string, string][] = [
    ['div', '<div>', '</div>'],
    ['blockquote', '<blockquote>', '</blockquote>'],
    ['ul/li', '<ul><li>', '</li></ul>'],
    ['span', '<span>', '</span>'],
    ['unclosed div', '<div>', ''],
    ['table', '<table><tr><td>', '</td></tr></table>'],
  ];
  for (const [name, open, close] of nestings) {
    test(`${deep} nested ${name} elements convert without a stack overflow or a blow-up (under 3 s of CPU)`, () => {
      const { markdown, ms } = timed(open.repeat(deep) + 'x' + close.repeat(deep));
      assert.match(markdown, /x$/);
      assert.ok(ms < budgetMs, `${ms} ms`);
    });
  }

  test('text deep inside nested markup keeps its words apart', () => {
    const html = '<div>'.repeat(500) + '<p>first</p><p>second</p>' + '</div>'.repeat(500);
    assert.equal(htmlToMarkdown(html), 'first second');
  });

  test('code deep inside highlighter spans still comes out exactly, without a blow-up (under 3 s of CPU)', () => {
    const html = '<pre><code class="language-js">' + '<span>'.repeat(deep) + 'let a = 1;\nlet b = 2;' + '</span>'.repeat(deep) + '</code></pre>';
    const { markdown, ms } = timed(html);
    assert.equal(markdown, '```js\nlet a = 1;\nlet b = 2;\n```');
    assert.ok(ms < budgetMs, `${ms} ms`);
  });

  test('a 2 MB paragraph full of Markdown specials converts without a blow-up (under 3 s of CPU), escaped exactly', () => {
    const chunk = 'snake_case *star* [link] <tag> & ';
    const count = Math.ceil(2_000_000 / chunk.length);
    const html = '<p>' + 'snake_case *star* [link] &lt;tag&gt; &amp; '.repeat(count) + '</p>';
    const { markdown, ms } = timed(html);
    assert.equal(markdown, 'snake\\_case \\*star\\* \\[link\\] &lt;tag> & '.repeat(count).trimEnd());
    assert.ok(ms < budgetMs, `${ms} ms`);
  });

  test('a 2 MB plain paragraph converts without a blow-up (under 3 s of CPU)', () => {
    const { markdown, ms } = timed('<p>' + 'word '.repeat(400_000) + '</p>');
    assert.equal(markdown.length, 'word '.repeat(400_000).length - 1);
    assert.ok(ms < budgetMs, `${ms} ms`);
  });

  test('a run of 100,000 non-breaking spaces does not hit turndown\'s quadratic trim (under 3 s of CPU)', () => {
    const { markdown, ms } = timed('<p>a' + '&nbsp;'.repeat(100_000) + 'b</p>');
    assert.equal(markdown, 'a' + '&#xa0;'.repeat(100_000) + 'b');
    assert.ok(ms < budgetMs, `${ms} ms`);
  });

  test('a code block with 100,000 spaces in a row keeps them all, without a blow-up (under 3 s of CPU)', () => {
    const { markdown, ms } = timed('<pre>a' + ' '.repeat(100_000) + 'b\n' + ' '.repeat(100_000) + 'c</pre>');
    assert.equal(markdown, '```\na' + ' '.repeat(100_000) + 'b\n' + ' '.repeat(100_000) + 'c\n```');
    assert.ok(ms < budgetMs, `${ms} ms`);
  });

  test('quoted ">" inside attributes and unterminated markup do not confuse the nesting guard', () => {
    assert.equal(htmlToMarkdown('<div title="a > b"><p data-x=\'>>\'>kept</p></div>'), 'kept');
    assert.equal(htmlToMarkdown('<p>open <b>bold <i>both'), 'open **bold *both***');
    assert.equal(htmlToMarkdown('<p>text <!-- comment <div> --> after</p><scr'), 'text after');
  });

  test('script and style content never reaches the Markdown, even when it looks like markup', () => {
    assert.equal(htmlToMarkdown('<script>var s = "<div>" + "</script" + ">";</script><style>p::after{content:"<p>"}</style><p>ok</p>'), 'ok');
  });
});
