// Hostile and huge input, timed: what the unit tests only guard against blowing up. Feed parsing of damaged and
// bomb-carrying feeds, and HTML → Markdown of deeply nested, huge and whitespace-heavy articles.
import { performance } from 'perf_hooks';
import { formatTable, fixed } from '../lib/table.mjs';
import { median } from '../lib/stats.mjs';

export const name = 'hostile';

const rss = (items) => `<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;

function cases(core) {
  const deep = 20_000;
  return [
    ['convert: 20,000 nested <div>', () => core.htmlToMarkdown('<div>'.repeat(deep) + 'x' + '</div>'.repeat(deep))],
    ['convert: 20,000 nested <table>', () => core.htmlToMarkdown('<table><tr><td>'.repeat(deep) + 'x' + '</td></tr></table>'.repeat(deep))],
    ['convert: code in 20,000 <span>s', () => core.htmlToMarkdown('<pre><code>' + '<span>'.repeat(deep) + 'a' + '</span>'.repeat(deep) + '</code></pre>')],
    ['convert: 2 MB paragraph of Markdown specials', () => core.htmlToMarkdown('<p>' + 'snake_case *star* [link] &lt;tag&gt; &amp; '.repeat(57_143) + '</p>')],
    ['convert: 100,000 no-break spaces', () => core.htmlToMarkdown('<p>a' + '&nbsp;'.repeat(100_000) + 'b</p>')],
    ['parse: billion laughs (refused)', () => { try { core.parseFeed(`<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i || ''};`.repeat(10)}">`).join('')}]>${rss('<item><title>&a9;</title></item>')}`); } catch { /* refused */ } }],
    ['parse: wide entity bomb, 90 MB (refused)', () => { try { core.parseFeed(`<!DOCTYPE rss [<!ENTITY a "${'A'.repeat(900)}">]>${rss(`<item><title>${'&a;'.repeat(100_000)}</title></item>`)}`); } catch { /* refused */ } }],
    ['parse: 20,000-deep description', () => core.parseFeed(rss(`<item><title>t</title><description>${'<div>'.repeat(deep)}x${'</div>'.repeat(deep)}</description></item>`))],
    ['parse: 5,000 unclosed items', () => core.parseFeed(rss('<item><title>t</title><description>Line one<br>line two</description>'.repeat(5_000)))],
  ];
}

export async function run({ core, iterations, warmup }) {
  const rows = [];
  const results = {};
  for (const [label, fn] of cases(core)) {
    const times = [];
    for (let i = 0; i < warmup + iterations; i++) {
      const start = performance.now();
      fn();
      if (i >= warmup) times.push(performance.now() - start);
    }
    results[label] = Number(fixed(median(times), 1));
    rows.push([label, fixed(median(times), 1), fixed(Math.max(...times), 1)]);
  }
  console.log(formatTable(['input', 'median ms', 'max ms'], rows));
  return results;
}
