import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseOpml, toOpml } from '../../../../src/core/sources/opml';

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../../../../test/fixtures/opml', name), 'utf8');

test('a reader\'s export gives its feeds in order, folders flattened, repeats and non-feeds dropped', () => {
  assert.deepEqual(parseOpml(fixture('inoreader-export.opml')), [
    { url: 'https://www.freecodecamp.org/news/rss.xml', title: 'freeCodeCamp Programming Tutorials: Python, JavaScript, Git & More', htmlUrl: 'https://www.freecodecamp.org/news/' },
    { url: 'https://www.freecodecamp.org/news/tag/docker/rss.xml', title: 'Docker – freeCodeCamp', htmlUrl: 'https://www.freecodecamp.org/news/tag/docker/' },
    { url: 'https://forem.com/feed/akshatjme', title: 'Akshat on Forem', htmlUrl: 'https://forem.com/akshatjme' },
    { url: 'https://blog.levelupcoding.com/feed', title: 'Level Up Coding' },
    { url: 'https://medium.com/feed/@yaroslavzhbankov?source=rss&format=full', title: 'Café Medium' },
  ]);
});

test('exported sources read back the same (names, ampersands and quotes survive)', () => {
  const sources = [
    { url: 'https://www.freecodecamp.org/news/rss.xml', name: 'freeCodeCamp' },
    { url: 'https://example.com/feed?tag=c&sort="new"', name: 'Tom & Jerry\'s <C++> notes' },
    { url: 'https://forem.com/feed/akshatjme' },
  ];
  const text = toOpml(sources, 'My "tutorials"');
  assert.deepEqual(parseOpml(text), [
    { url: 'https://www.freecodecamp.org/news/rss.xml', title: 'freeCodeCamp' },
    { url: 'https://example.com/feed?tag=c&sort=%22new%22', title: 'Tom & Jerry\'s <C++> notes' },
    { url: 'https://forem.com/feed/akshatjme', title: 'https://forem.com/feed/akshatjme' },
  ]);
});

test('the export is OPML 2.0 with escaped attributes', () => {
  assert.equal(toOpml([{ url: 'https://example.com/feed?a=1&b=2', name: 'A & "B"' }], 'Mine'), [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    '    <title>Mine</title>',
    '  </head>',
    '  <body>',
    '    <outline type="rss" text="A &amp; &quot;B&quot;" title="A &amp; &quot;B&quot;" xmlUrl="https://example.com/feed?a=1&amp;b=2"/>',
    '  </body>',
    '</opml>',
    '',
  ].join('\n'));
});

test('local paths export as file: URLs and the built-in guide is left out', () => {
  const text = toOpml([{ url: 'builtin:getting-started', name: 'Guide' }, { url: '/home/ada/feeds/notes.xml' }]);
  assert.deepEqual(parseOpml(text), [{ url: 'file:///home/ada/feeds/notes.xml', title: '/home/ada/feeds/notes.xml' }]);
});

test('a file that is not OPML is refused with a clear message', () => {
  assert.throws(() => parseOpml('<rss version="2.0"><channel><title>x</title></channel></rss>'), { message: 'Not an OPML file: it has no <opml> element' });
  assert.throws(() => parseOpml('<opml><body><outline text="a"></body></opml>'), { message: /^Not a readable OPML file: .*\(line 1\)$/ });
  assert.throws(() => parseOpml('just some words'), { message: /^Not a readable OPML file: / });
});

test('an OPML with no body or no feeds gives an empty list', () => {
  assert.deepEqual(parseOpml('<opml version="2.0"><head><title>t</title></head></opml>'), []);
  assert.deepEqual(parseOpml('<opml version="2.0"><body/></opml>'), []);
});

test('entity bombs in a hostile OPML are not expanded, and a flood of entities is refused', () => {
  const bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    + '<opml><body><outline text="&c;&c;&c;&c;" xmlUrl="https://example.com/feed"/></body></opml>';
  assert.deepEqual(parseOpml(bomb), [{ url: 'https://example.com/feed', title: '&c;&c;&c;&c;' }]);
  const flood = `<?xml version="1.0"?><!DOCTYPE x [${Array.from({ length: 50 }, (_, i) => `<!ENTITY e${i} "x">`).join('')}]><opml><body/></opml>`;
  assert.throws(() => parseOpml(flood), { message: 'Not a readable OPML file: Entity count (11) exceeds maximum allowed (10)' });
});
