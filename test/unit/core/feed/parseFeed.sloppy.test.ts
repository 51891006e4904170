// Real-world damage and variants, one pattern per test: every article and every word must survive.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../../src/core/feed/parseFeed';

const rss = (items: string, head = '<title>T</title>') => `<?xml version="1.0"?>\n<rss version="2.0"><channel>${head}${items}</channel></rss>`;
const atom = (entries: string, head = '<title>T</title>') => `<feed xmlns="http://www.w3.org/2005/Atom">${head}${entries}</feed>`;
const item = (title: string, extra = '') => `<item><title>${title}</title><guid>${title}</guid>${extra}</item>`;

describe('parseFeed keeps markup feeds forgot to escape', () => {
  test('an unescaped <br> in a description: all three items, and the summary keeps both lines', () => {
    const feed = parseFeed(rss(`<item><title>One</title><description>Line one<br>line two</description></item>${item('Two')}${item('Three')}`));
    assert.deepEqual(feed.items.map((i) => i.title), ['One', 'Two', 'Three']);
    assert.equal(feed.items[0].summary, 'Line one<br>line two');
  });

  test('markup in a title is reduced to its text', () => {
    assert.equal(parseFeed(rss(item('Using <code>Array.map</code> in JS'))).items[0].title, 'Using Array.map in JS');
  });

  test('a title written as escaped HTML (double-escaped entities, CDATA) reads as its text', () => {
    assert.equal(parseFeed(rss(item('Tom &amp;amp; Jerry'))).items[0].title, 'Tom & Jerry');
    assert.equal(parseFeed(rss(item('<![CDATA[Don&#8217;t <em>panic</em>]]>'))).items[0].title, 'Don\u2019t panic');
  });

  test('angle brackets that are not HTML stay in a title', () => {
    assert.equal(parseFeed(rss(item('Understanding the &lt;template&gt; element'))).items[0].title, 'Understanding the <template> element');
    assert.equal(parseFeed(rss(item('<![CDATA[Generics <T> in Java]]>'))).items[0].title, 'Generics <T> in Java');
  });

  test('a description of naked markup (no CDATA, not escaped) is the summary, as HTML', () => {
    const [first] = parseFeed(rss('<item><title>a</title><description><p>Hi</p></description></item>')).items;
    assert.equal(first.summary, '<p>Hi</p>');
    assert.equal(first.contentHtml, '<p>Hi</p>');
  });

  test('naked markup keeps its attributes, its escaped text stays escaped, and an unclosed <p> is closed', () => {
    const [first] = parseFeed(rss('<item><title>a</title><description><p class="x">5 &lt; 6 &amp; <a href="/a?b=1&amp;c=2">link</a><p>open</description></item>')).items;
    assert.equal(first.summary, '<p class="x">5 &lt; 6 &amp; <a href="/a?b=1&amp;c=2">link</a><p>open</p></p>');
  });
});

describe('parseFeed reads Atom text constructs of every type and mode', () => {
  test('an xhtml title is the text of its div', () => {
    const feed = parseFeed(atom('<entry><id>1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Example <b>Atom</b></div></title></entry>'));
    assert.equal(feed.items[0].title, 'Example Atom');
  });

  test('xhtml written with a prefix loses the prefix in the HTML', () => {
    const feed = parseFeed(atom('<entry><id>1</id><title>t</title><content type="xhtml"><x:div xmlns:x="http://www.w3.org/1999/xhtml"><x:p>Hi <x:b>there</x:b></x:p></x:div></content></entry>'));
    assert.equal(feed.items[0].contentHtml, '<p>Hi <b>there</b></p>');
  });

  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

  test('Atom 1.0 content type="text/html" mode="base64" is decoded HTML', () => {
    const feed = parseFeed(atom(`<entry><id>1</id><title>t</title><content type="text/html" mode="base64">${base64('<p>Decoded &amp; shown</p>')}</content></entry>`));
    assert.equal(feed.items[0].contentHtml, '<p>Decoded &amp; shown</p>');
  });

  test('Atom 0.3 mode="base64" on title, tagline, summary and content', () => {
    const feed = parseFeed(`<feed version="0.3" xmlns="http://purl.org/atom/ns#">
      <title mode="base64">${base64('Base64 Feed')}</title><tagline mode="base64">${base64('A tagline')}</tagline>
      <entry><id>1</id><title mode="base64">${base64('Entry & title')}</title>
        <summary type="text/html" mode="base64">${base64('<b>Short</b>')}</summary>
        <content type="text/html" mode="base64">${base64('<p>Long</p>')}</content></entry></feed>`);
    assert.equal(feed.title, 'Base64 Feed');
    assert.equal(feed.description, 'A tagline');
    assert.equal(feed.items[0].title, 'Entry & title');
    assert.equal(feed.items[0].summary, '<b>Short</b>');
    assert.equal(feed.items[0].contentHtml, '<p>Long</p>');
  });

  test('Atom 0.3 mode="escaped" and mode="xml" on title, tagline, summary and content', () => {
    const feed = parseFeed(`<feed version="0.3" xmlns="http://purl.org/atom/ns#">
      <title type="text/html" mode="escaped">Escaped &lt;b&gt;Feed&lt;/b&gt;</title>
      <tagline type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">Inline <i>tagline</i></div></tagline>
      <entry><id>1</id><title type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">XML <b>title</b></div></title>
        <summary type="text/html" mode="escaped">&lt;em&gt;Escaped&lt;/em&gt; summary</summary>
        <content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml"><p>XML content</p></div></content></entry></feed>`);
    assert.equal(feed.title, 'Escaped Feed');
    assert.equal(feed.description, 'Inline tagline');
    assert.equal(feed.items[0].title, 'XML title');
    assert.equal(feed.items[0].summary, '<em>Escaped</em> summary');
    assert.equal(feed.items[0].contentHtml, '<p>XML content</p>');
  });
});

describe('parseFeed falls back on the elements feeds use instead of the plain ones', () => {
  test('an RSS item with only dc:title and dc:description', () => {
    const [first] = parseFeed(rss('<item xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>DC title</dc:title><dc:description>DC &lt;b&gt;summary&lt;/b&gt;</dc:description></item>')).items;
    assert.equal(first.title, 'DC title');
    assert.equal(first.summary, 'DC <b>summary</b>');
  });

  test('a channel with dc:title and dcterms:modified', () => {
    const feed = parseFeed('<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><channel><dc:title>DC channel</dc:title><dcterms:modified>2024-05-01T10:00:00Z</dcterms:modified></channel></rss>');
    assert.equal(feed.title, 'DC channel');
    assert.equal(feed.updated, '2024-05-01T10:00:00.000Z');
  });

  test('an Atom entry with dc:creator as its author', () => {
    const feed = parseFeed(atom('<entry xmlns:dc="http://purl.org/dc/elements/1.1/"><id>1</id><title>t</title><dc:creator>Dee Sea</dc:creator></entry>'));
    assert.equal(feed.items[0].author, 'Dee Sea');
  });

  test('a Dublin Core namespace bound to another prefix still counts', () => {
    const [first] = parseFeed(rss('<item xmlns:dublin="http://purl.org/dc/elements/1.1/"><dublin:title>Other prefix</dublin:title><dublin:creator>Pat</dublin:creator></item>')).items;
    assert.equal(first.title, 'Other prefix');
    assert.equal(first.author, 'Pat');
  });

  test('xhtml:body or a <body> in the XHTML namespace is the content when content:encoded is missing', () => {
    const prefixed = parseFeed(rss('<item xmlns:xhtml="http://www.w3.org/1999/xhtml"><title>a</title><xhtml:body><xhtml:p>Body <xhtml:code>x &lt; y</xhtml:code></xhtml:p></xhtml:body></item>'));
    assert.equal(prefixed.items[0].contentHtml, '<p>Body <code>x &lt; y</code></p>');
    const unprefixed = parseFeed(rss('<item><title>a</title><description>short</description><body xmlns="http://www.w3.org/1999/xhtml"><p>Full body</p></body></item>'));
    assert.equal(unprefixed.items[0].contentHtml, '<p>Full body</p>');
    assert.equal(unprefixed.items[0].summary, 'short');
  });

  test('podcast items: iTunes and Media RSS elements fill what the plain ones leave empty', () => {
    const feed = parseFeed(`<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Pod</title>
      <item><guid>1</guid><itunes:summary>Episode summary &amp; notes</itunes:summary><itunes:author>Host Name</itunes:author><itunes:image href="https://pod.example/1.jpg"/><media:title>Episode one</media:title></item>
      <item><guid>2</guid><media:group><media:title>Grouped</media:title><media:description>Grouped description</media:description><media:thumbnail url="https://pod.example/2.jpg"/></media:group><media:category>Tech</media:category></item>
      <item><title>Plain</title><guid>3</guid><description>Plain description</description><itunes:summary>ignored</itunes:summary><media:thumbnail url="https://pod.example/3.jpg"/></item>
    </channel></rss>`);
    const [one, two, plain] = feed.items;
    assert.equal(one.title, 'Episode one');
    assert.equal(one.summary, 'Episode summary &amp; notes');
    assert.equal(one.author, 'Host Name');
    assert.equal(one.imageUrl, 'https://pod.example/1.jpg');
    assert.equal(two.title, 'Grouped');
    assert.equal(two.summary, 'Grouped description');
    assert.equal(two.imageUrl, 'https://pod.example/2.jpg');
    assert.deepEqual(two.categories, ['Tech']);
    assert.equal(plain.title, 'Plain');
    assert.equal(plain.summary, 'Plain description');
    assert.equal(plain.imageUrl, 'https://pod.example/3.jpg');
  });
});

describe('parseFeed reads JSON Feeds whose version is written short', () => {
  for (const version of ['1.0', '1.1', '1']) {
    test(`"version": "${version}"`, () => {
      const feed = parseFeed(JSON.stringify({ version, title: 'Short', items: [{ id: 'a', title: 'Item', content_html: '<p>x</p>' }] }));
      assert.equal(feed.format, 'json');
      assert.deepEqual(feed.items.map((i) => i.title), ['Item']);
    });
  }

  test('a version written short without a title still reads (the items list is the shape)', () => {
    assert.equal(parseFeed(JSON.stringify({ version: '1.1', items: [{ id: 'a', content_text: 'hi' }] })).items.length, 1);
  });
});

describe('parseFeed keeps the characters entities stand for', () => {
  test('&#160; in a title is a no-break space between the ordinary ones', () => {
    assert.equal(parseFeed(rss(item('testing &#160; entity'))).items[0].title, 'testing \u00a0 entity');
  });

  test('&ensp; &emsp; &thinsp; are kept, not collapsed', () => {
    assert.equal(parseFeed(rss(item('a&ensp;b&emsp;c&thinsp;d'))).items[0].title, 'a\u2002b\u2003c\u2009d');
  });

  test('internal DOCTYPE entities are expanded, in guids and text', () => {
    const text = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY id "tag:example.com,"> <!ENTITY site "Example &amp; Co">]>
      <rss version="2.0"><channel><title>&site;</title><item><title>One</title><guid>&id;2024:1</guid></item></channel></rss>`;
    const feed = parseFeed(text);
    assert.equal(feed.title, 'Example & Co');
    assert.equal(feed.items[0].id, 'tag:example.com,2024:1');
  });

  test('a DOCTYPE naming external entities the feed never uses (XHTML\'s Latin-1 set) does not stop the feed', () => {
    const text = `<?xml version="1.0"?>
      <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd" [
        <!ENTITY % HTMLlat1 PUBLIC "-//W3C//ENTITIES Latin 1 for XHTML//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml-lat1.ent">
        %HTMLlat1;
      ]>
      <rss version="0.91"><channel><title>Caf&eacute;</title>${item('Cr&egrave;me')}</channel></rss>`;
    const feed = parseFeed(text);
    assert.equal(feed.title, 'Caf\u00e9');
    assert.equal(feed.items[0].title, 'Cr\u00e8me');
  });
});

describe('parseFeed reads damaged feeds as far as they go, like mainstream readers', () => {
  test('a last line of </rss without its >: parsed, complete', () => {
    const text = rss(`${item('One')}${item('Two')}`).replace(/>$/, '');
    const feed = parseFeed(text);
    assert.deepEqual(feed.items.map((i) => i.title), ['One', 'Two']);
    assert.equal(feed.truncated, undefined);
  });

  test('an unescaped & in a link and in text', () => {
    const [first] = parseFeed(rss('<item><title>Q&A</title><link>https://x.example/?a=1&b=2</link></item>')).items;
    assert.equal(first.title, 'Q&A');
    assert.equal(first.link, 'https://x.example/?a=1&b=2');
  });

  test('an item missing its end tag does not swallow the next one', () => {
    const feed = parseFeed(rss(`<item><title>One</title><guid>1</guid>${item('Two')}${item('Three')}`));
    assert.deepEqual(feed.items.map((i) => i.title), ['One', 'Two', 'Three']);
  });

  test('an element left open before the items does not hide them', () => {
    const feed = parseFeed(rss(`<image><url>https://x.example/logo.png</url>${item('One')}${item('Two')}`));
    assert.deepEqual(feed.items.map((i) => i.title), ['One', 'Two']);
  });

  test('end tags in another case close their elements (<pubDate>…</pubdate>)', () => {
    const [first, second] = parseFeed(rss(`<item><Title>One</TITLE><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubdate></item>${item('Two')}`)).items;
    assert.equal(first.title, 'One');
    assert.equal(first.published, '2024-05-06T10:00:00.000Z');
    assert.equal(second.title, 'Two');
  });

  test('items beside the channel (RSS 0.9x generators) are read', () => {
    const feed = parseFeed(`<rss version="0.91"><channel><title>T</title></channel>${item('Beside')}</rss>`);
    assert.deepEqual(feed.items.map((i) => i.title), ['Beside']);
  });

  test('an unknown entity is left as written', () => {
    assert.equal(parseFeed(rss(item('a &bogus; b'))).items[0].title, 'a &bogus; b');
  });
});

describe('parseFeed with more than one author', () => {
  test('an Atom entry with two <author>s: the first is the author, both are listed', () => {
    const feed = parseFeed(atom('<entry><id>1</id><title>t</title><author><name>A</name></author><author><name>B</name></author></entry>'));
    assert.equal(feed.items[0].author, 'A');
    assert.deepEqual(feed.items[0].authors, ['A', 'B']);
  });
});

describe('parseFeed reads feeds that prefix every element', () => {
  test('RSS 1.0 with an rss: prefix and no default namespace', () => {
    const feed = parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/">
      <rss:channel rdf:about="https://p.example/"><rss:title>Prefixed RDF</rss:title><rss:link>https://p.example/</rss:link></rss:channel>
      <rss:item rdf:about="https://p.example/1"><rss:title>First</rss:title><rss:description>Desc</rss:description></rss:item>
      <rss:item rdf:about="https://p.example/2"><rss:title>Second</rss:title></rss:item></rdf:RDF>`);
    assert.equal(feed.format, 'rdf');
    assert.equal(feed.title, 'Prefixed RDF');
    assert.deepEqual(feed.items.map((i) => [i.title, i.link]), [['First', 'https://p.example/1'], ['Second', 'https://p.example/2']]);
    assert.equal(feed.items[0].summary, 'Desc');
  });

  test('RSS 2.0 with a prefix on every element', () => {
    const feed = parseFeed(`<r:rss xmlns:r="http://backend.userland.com/rss2" version="2.0"><r:channel><r:title>Prefixed RSS</r:title>
      <r:item><r:title>First</r:title><r:link>https://p.example/1</r:link></r:item></r:channel></r:rss>`);
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'Prefixed RSS');
    assert.deepEqual(feed.items.map((i) => [i.title, i.link]), [['First', 'https://p.example/1']]);
  });

  test('an undeclared prefix on every element (the root\'s own) reads as unprefixed', () => {
    const feed = parseFeed('<x:rss version="2.0"><x:channel><x:title>Undeclared</x:title><x:item><x:title>One</x:title></x:item></x:channel></x:rss>');
    assert.equal(feed.title, 'Undeclared');
    assert.deepEqual(feed.items.map((i) => i.title), ['One']);
  });
});
