import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../../src/core/feed/parseFeed';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { loadSeeds } from '../../../support/seeds';

/** The Error parseFeed throws, asserting it is a plain Error with a message meant for a person. */
function failure(text: string, url?: string): Error {
  try {
    parseFeed(text, url);
  } catch (error) {
    assert.ok(error instanceof Error, 'throws an Error');
    assert.ok(!(error instanceof TypeError), `not a TypeError: ${error.message}`);
    assert.doesNotMatch(error.message, /undefined|cannot read/i);
    return error;
  }
  assert.fail('parseFeed accepted it');
}

const rss = (items: string, head = '<title>T</title>') => `<rss version="2.0"><channel>${head}${items}</channel></rss>`;

describe('parseFeed refuses what is not a feed, saying what it is', () => {
  test('an HTML page, named by its URL', () => {
    const page = '<!DOCTYPE html>\n<html lang="en"><head><script>if (a < b && c) go()</script></head><body><p>Hi<br></p></body></html>';
    assert.equal(failure(page, 'https://x/').message, 'https://x/ is an HTML page, not a feed');
  });

  test('an HTML page without doctype, or behind a comment, or written as XHTML', () => {
    assert.equal(failure('<html><body>x</body></html>').message, 'The feed text is an HTML page, not a feed');
    assert.equal(failure('<!-- cached --> <HTML>x</HTML>').message, 'The feed text is an HTML page, not a feed');
    const xhtml = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>';
    assert.equal(failure(xhtml, 'https://x/').message, 'https://x/ is an HTML page, not a feed');
  });

  test('empty or blank text', () => {
    assert.equal(failure('').message, 'The feed text is empty, not a feed');
    assert.equal(failure(' \n\t ', 'https://x/feed').message, 'https://x/feed is empty, not a feed');
  });

  test('plain text, quoting how it starts', () => {
    assert.equal(failure('Service Unavailable\nTry again later').message,
      'The feed text is plain text, not a feed (it starts “Service Unavailable Try again later”)');
  });

  test('JSON that is not a JSON Feed', () => {
    const expected = 'https://x/api is JSON but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1")';
    assert.equal(failure('{"error": "not found"}', 'https://x/api').message, expected);
    assert.equal(failure('[1, 2, 3]', 'https://x/api').message, expected);
    assert.equal(failure('{"version": "2.0", "items": []}', 'https://x/api').message, expected);
  });

  test('JSON that does not parse', () => {
    assert.match(failure('{"version": "https://jsonfeed.org/version/1.1", ').message,
      /^The feed text looks like JSON but cannot be read \(.+\)$/);
  });

  test('XML of another kind names its root element', () => {
    assert.equal(failure('<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>').message,
      'The feed text is an XML document with root element <svg>, not an RSS, Atom or RDF feed');
  });

  test('XML cut off after a complete item keeps every complete item and is marked truncated', () => {
    const text = rss('<item><title>a</title></item><item><title>b</title></item>');
    const cut = text.slice(0, text.indexOf('<item><title>b'));
    const feed = parseFeed(cut, 'https://x/rss');
    assert.deepEqual(feed.items.map((i) => i.title), ['a']);
    assert.equal(feed.truncated, true);
  });

  test('XML cut off inside a tag or a CDATA section keeps what was read, marked truncated', () => {
    const inTag = parseFeed('<rss><channel><title>T</title><item><title>kept</title></item><item><tit');
    assert.deepEqual(inTag.items.map((i) => i.title), ['kept', '(untitled)']);
    assert.equal(inTag.truncated, true);
    const inCdata = parseFeed('<rss><channel><title><![CDATA[abc');
    assert.equal(inCdata.title, 'abc');
    assert.equal(inCdata.truncated, true);
  });

  test('XML declaring no element at all', () => {
    assert.equal(failure('<?xml version="1.0"?>').message, 'The feed text is not a feed: it contains no XML element');
  });
});

describe('parseFeed with hostile XML', () => {
  const laughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE rss [',
    '  <!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
    ']>',
    rss('<item><title>&lol9;</title><description>&lol9;&lol9;</description></item>', '<title>Laughs &lol9;</title>'),
  ].join('\n');

  test('billion laughs is refused at its declarations, without expanding it (under 1 s of CPU), with a message naming the bomb', () => {
    const start = process.cpuUsage();
    const error = failure(laughs, 'https://evil.example/rss');
    const used = process.cpuUsage(start);
    // Expanding it would take hours and gigabytes; refusing it at the fourth declaration takes microseconds.
    assert.ok((used.user + used.system) / 1000 < 1000, 'refused before any expansion');
    assert.equal(error.message, 'https://evil.example/rss declares an entity &lol4; that expands to more than 10,000 characters '
      + '(an entity bomb); Tutorial Reader refuses it');
  });

  test('a wide entity bomb (one big entity used many times) is refused once its expansion passes the limit', () => {
    const bomb = `<!DOCTYPE rss [<!ENTITY a "${'A'.repeat(900)}">]>${rss(`<item><title>${'&a;'.repeat(100_000)}</title></item>`)}`;
    const start = process.cpuUsage();
    assert.match(failure(bomb).message, /^The feed text uses its DOCTYPE's entities to expand to more than 1,000,000 characters \(an entity bomb\)/);
    const used = process.cpuUsage(start);
    assert.ok((used.user + used.system) / 1000 < 2000, 'stopped at the budget, not after expanding 90 MB');
  });

  test('an entity used within the limits is expanded as often as it appears', () => {
    const feed = parseFeed(`<!DOCTYPE rss [<!ENTITY a "${'A'.repeat(900)}">]>${rss(`<item><title>${'&a;'.repeat(100)}</title></item>`)}`);
    assert.equal(feed.items[0].title, 'A'.repeat(90_000));
  });

  test('more than 1,000 declarations are refused', () => {
    const many = Array.from({ length: 1001 }, (_, i) => `<!ENTITY e${i} "x">`).join('');
    assert.match(failure(`<!DOCTYPE rss [${many}]>${rss('')}`).message, /declares more than 1000 entities in its DOCTYPE/);
  });

  // A file only this test knows: if the parser ever read an external entity, its text would show in the feed.
  const secretFile = path.join(os.tmpdir(), `tutorial-reader-xxe-${process.pid}.txt`);
  fs.writeFileSync(secretFile, 'SECRET-XXE-CONTENT');
  const secretUrl = pathToFileURL(secretFile).href;

  test('an external SYSTEM entity (XXE) is never read: the feed parses and the reference stays as written', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "${secretUrl}">]>${rss('<item><title>&xxe;</title><description>&xxe;</description></item>')}`;
    const feed = parseFeed(xxe, 'https://evil.example/rss');
    assert.equal(feed.items[0].title, '&xxe;');
    assert.doesNotMatch(JSON.stringify(feed), /SECRET-XXE-CONTENT/);
  });

  test('an external PUBLIC entity is never read either', () => {
    const xxe = `<!DOCTYPE rss [<!ENTITY xxe PUBLIC "-//X//Y" "${secretUrl}">]>${rss('<item><title>&xxe;</title></item>')}`;
    const feed = parseFeed(xxe);
    assert.equal(feed.items[0].title, '&xxe;');
    assert.doesNotMatch(JSON.stringify(feed), /SECRET-XXE-CONTENT/);
  });

  test('a 20,000-deep document parses without overflowing the stack, and its text survives', () => {
    const deep = rss(`<item><title>deep</title><description>${'<div>'.repeat(20_000)}bottom${'</div>'.repeat(20_000)}</description></item>`);
    const feed = parseFeed(deep);
    assert.equal(feed.items[0].title, 'deep');
    assert.match(feed.items[0].summary ?? '', /bottom/);
  });

  test('javascript: links are dropped rather than offered to open', () => {
    const feed = parseFeed(rss('<item><title>x</title><link>javascript:alert(1)</link><guid>g1</guid></item>'));
    assert.equal(feed.items[0].link, undefined);
    assert.equal(feed.items[0].id, 'g1');
  });
});

describe('parseFeed tolerates broken feeds', () => {
  test('an item with no title, link, guid or date still appears, with a stable hashed id', () => {
    const text = rss('<item><description></description></item><item><title>Second</title></item>', '');
    const feed = parseFeed(text, 'https://www.blog.example/feed');
    assert.equal(feed.title, 'blog.example');
    assert.equal(feed.items[0].title, '(untitled)');
    assert.match(feed.items[0].id, /^sha1:[0-9a-f]{16}$/);
    assert.equal(parseFeed(text).items[0].id, feed.items[0].id, 'same id on the next refresh');
    assert.notEqual(feed.items[1].id, feed.items[0].id);
  });

  test('a feed without title or URL is called (untitled feed)', () => {
    assert.equal(parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"></feed>').title, '(untitled feed)');
  });

  test('a long untitled item is named by its first words, cut at a word with an ellipsis', () => {
    const text = rss('<item><description>&lt;p&gt;Containers package an application with everything it needs so that it runs the same on every machine.&lt;/p&gt;</description></item>');
    assert.equal(parseFeed(text).items[0].title, 'Containers package an application with everything it needs so that it runs the…');
  });

  test('a relative link without a feed URL to resolve it against cannot be opened, and is left out', () => {
    assert.equal(parseFeed(rss('<item><title>a</title><link>/posts/a</link></item>')).items[0].link, undefined);
    assert.equal(parseFeed(rss('<item><title>a</title><link>/posts/a</link></item>'), 'https://x.example/feed').items[0].link, 'https://x.example/posts/a');
  });

  test('a byte order mark, or a server warning before the XML declaration, is skipped', () => {
    assert.equal(parseFeed(`\uFEFF${rss('')}`).title, 'T');
    assert.equal(parseFeed(`Warning: Undefined index in /var/www/feed.php on line 3\n<?xml version="1.0"?>${rss('')}`).title, 'T');
  });

  test('numbers stay text: a guid of 00123 and a title of 2024', () => {
    const [item] = parseFeed(rss('<item><title>2024</title><guid>00123</guid></item>')).items;
    assert.equal(item.title, '2024');
    assert.equal(item.id, '00123');
  });

  test('a JSON Feed with items of the wrong types keeps the usable ones', () => {
    const feed = parseFeed(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', title: { text: 'x' }, items: [null, 1, 'x', { title: ['no'], id: 'a', tags: 'x', authors: 'y' }],
    }));
    assert.equal(feed.title, '(untitled feed)');
    assert.equal(feed.items.length, 1);
    assert.deepEqual(feed.items[0].categories, []);
    assert.equal(feed.items[0].title, '(untitled)');
  });

  test('an unescaped ampersand in text is kept as written', () => {
    assert.equal(parseFeed(rss('<item><title>Tips & tricks &amp; more</title></item>')).items[0].title, 'Tips & tricks & more');
  });
});

describe('parseFeed on damaged copies of the seeds never loses an item the text still holds', () => {
  // A small deterministic generator, so a failure can be replayed.
  let state = 20240601;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const fingerprint = (item: { title: string; link?: string; contentHtml?: string }) => JSON.stringify([item.title, item.link, item.contentHtml]);

  for (const seed of loadSeeds()) {
    const intact = parseFeed(seed.text, 'https://seed.example/feed');
    // Where each item's text ends: seeds keep article bodies in CDATA, so every literal </item> is an item's end.
    const itemEnds = [...seed.text.matchAll(/<\/item>/g)].map((m) => m.index + m[0].length);
    const rootStart = seed.text.indexOf('<rss');

    test(`${seed.label}: the seed's items are delimited as the test assumes`, () => {
      assert.equal(itemEnds.length, intact.items.length);
    });

    test(`${seed.label}: a text cut anywhere keeps every item that ends before the cut, unchanged`, () => {
      for (let i = 0; i < 40; i++) {
        const cut = rootStart + 10 + random(seed.text.length - rootStart - 10);
        const feed = parseFeed(seed.text.slice(0, cut), 'https://seed.example/feed');
        const complete = itemEnds.filter((end) => end <= cut).length;
        assert.ok(feed.items.length >= complete, `cut at ${cut}: ${feed.items.length} items, ${complete} complete in the text`);
        assert.deepEqual(feed.items.slice(0, complete).map(fingerprint), intact.items.slice(0, complete).map(fingerprint), `cut at ${cut}`);
        assert.equal(feed.truncated, cut < seed.text.trimEnd().length - 1 ? true : undefined, `cut at ${cut}`);
      }
    });

    test(`${seed.label}: one damaged character loses at most the item it is in, and none before it`, () => {
      for (let i = 0; i < 40; i++) {
        const at = rootStart + 10 + random(seed.text.length - rootStart - 10);
        const text = seed.text.slice(0, at) + '<>&]]>"'.charAt(random(7)) + seed.text.slice(at + 1);
        let feed;
        try {
          feed = parseFeed(text, 'https://seed.example/feed');
        } catch (error) {
          assert.ok(error instanceof Error && !(error instanceof TypeError), String(error));
          assert.fail(`damage at ${at} failed the whole feed: ${error.message}`);
        }
        const before = itemEnds.filter((end) => end < at).length;
        assert.deepEqual(feed.items.slice(0, before).map(fingerprint), intact.items.slice(0, before).map(fingerprint), `damage at ${at}`);
        assert.ok(feed.items.length >= intact.items.length - 1, `damage at ${at}: ${feed.items.length} of ${intact.items.length} items`);
        const survivors = new Set(feed.items.map(fingerprint));
        const lost = intact.items.filter((item) => !survivors.has(fingerprint(item)));
        assert.ok(lost.length <= 1, `damage at ${at} changed ${lost.length} items: ${lost.map((item) => item.title).join(' | ')}`);
      }
    });
  }
});
