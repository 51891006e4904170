import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../../src/core/feed/parseFeed';
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

  test('XML cut off after a complete tag is reported as truncated', () => {
    const text = rss('<item><title>a</title></item><item><title>b</title></item>');
    const cut = text.slice(0, text.indexOf('<item><title>b'));
    assert.equal(failure(cut, 'https://x/rss').message, 'https://x/rss ends before its closing </rss> tag: the feed looks truncated');
  });

  test('XML cut off inside a tag is reported as truncated', () => {
    assert.equal(failure('<rss><channel><item><tit').message, 'The feed text ends in the middle of its XML: the feed looks truncated');
    assert.equal(failure('<rss><channel><title><![CDATA[abc').message, 'The feed text ends in the middle of its XML: the feed looks truncated');
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

  test('billion laughs: declared entities are never expanded, and parsing is quick', () => {
    const start = performance.now();
    let output = '';
    try {
      output = JSON.stringify(parseFeed(laughs));
    } catch (error) {
      assert.ok(error instanceof Error && !(error instanceof TypeError));
    }
    assert.ok(performance.now() - start < 1000, 'finishes in well under a second');
    assert.ok(output.length < 2000, `output stays small (${output.length} characters)`);
    assert.doesNotMatch(output, /lollol/);
  });

  test('billion laughs in the shape of a feed still gives the feed, with the references left as written', () => {
    const feed = parseFeed(laughs);
    assert.equal(feed.title, 'Laughs &lol9;');
    assert.equal(feed.items[0].title, '&lol9;');
  });

  test('a wide entity bomb (one big entity used many times) is not expanded either', () => {
    const bomb = `<!DOCTYPE rss [<!ENTITY a "${'A'.repeat(900)}">]>${rss(`<item><title>${'&a;'.repeat(100_000)}</title></item>`)}`;
    const start = performance.now();
    const feed = parseFeed(bomb);
    assert.ok(performance.now() - start < 2000);
    assert.doesNotMatch(feed.items[0].title, /AAAA/);
  });

  test('an external SYSTEM entity (XXE) is refused and /etc/passwd is never read', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${rss('<item><title>&xxe;</title></item>')}`;
    const error = failure(xxe, 'https://evil.example/rss');
    assert.equal(error.message, 'https://evil.example/rss declares an external entity (<!ENTITY … SYSTEM/PUBLIC>) in its DOCTYPE; '
      + 'Tutorial Reader never reads files or URLs a feed names there');
    assert.doesNotMatch(error.message, /root:/);
  });

  test('an external PUBLIC entity is refused the same way', () => {
    const xxe = `<!DOCTYPE rss [<!ENTITY xxe PUBLIC "-//X//Y" "file:///etc/passwd">]>${rss('<item><title>&xxe;</title></item>')}`;
    assert.match(failure(xxe).message, /^The feed text declares an external entity/);
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

  test('a relative link without a feed URL is kept as written', () => {
    assert.equal(parseFeed(rss('<item><title>a</title><link>/posts/a</link></item>')).items[0].link, '/posts/a');
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

describe('parseFeed on damaged copies of the seeds', () => {
  // A small deterministic generator, so a failure can be replayed.
  let state = 20240601;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };

  for (const seed of loadSeeds()) {
    test(`random truncations and corruptions of ${seed.label} parse or fail with a readable Error`, () => {
      const damaged: string[] = [];
      for (let i = 0; i < 25; i++) damaged.push(seed.text.slice(0, random(seed.text.length)));
      for (let i = 0; i < 10; i++) {
        const at = random(seed.text.length);
        damaged.push(seed.text.slice(0, at) + '<>&]]>"'.charAt(random(7)) + seed.text.slice(at + 1));
      }
      for (const text of damaged) {
        try {
          parseFeed(text, 'https://seed.example/feed');
        } catch (error) {
          assert.ok(error instanceof Error, 'an Error');
          assert.ok(!(error instanceof TypeError), `TypeError at length ${text.length}: ${error.message}`);
          assert.doesNotMatch(error.message, /undefined|cannot read/i);
          assert.match(error.message, /^https:\/\/seed\.example\/feed /);
        }
      }
    });
  }
});
