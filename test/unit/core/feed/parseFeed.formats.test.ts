import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../../src/core/feed/parseFeed';
import { readFeedFixture } from './feedFixtures';

describe('parseFeed: RSS 0.91', () => {
  const feed = parseFeed(readFeedFixture('rss091.xml'), 'http://oldschool.example/rss.xml');

  test('HTML entities the Netscape DTD allowed (&nbsp; &mdash; &hellip;) become their characters', () => {
    // Padding is collapsed, but a no-break space is a character the author chose and is kept.
    assert.equal(feed.title, 'Old\u00a0School \u2014 Tutorials');
    assert.equal(feed.description, 'Lessons from the 90s\u2026');
  });

  test('a feed with a single item still lists it, with link as id and description as content', () => {
    assert.equal(feed.format, 'rss');
    assert.deepEqual(feed.items, [{
      id: 'http://oldschool.example/perl-cgi.html',
      title: 'Perl & CGI in 10 minutes',
      link: 'http://oldschool.example/perl-cgi.html',
      author: undefined,
      published: undefined,
      updated: undefined,
      summary: 'Print <b>Hello</b> from a CGI script.',
      contentHtml: 'Print <b>Hello</b> from a CGI script.',
      categories: [],
      imageUrl: undefined,
    }]);
  });

  test('a relative channel image is resolved against the feed URL, and asked for over https', () => {
    assert.equal(feed.imageUrl, 'https://oldschool.example/logo.gif');
  });
});

describe('parseFeed: RSS 2.0', () => {
  const feed = parseFeed(readFeedFixture('rss20.xml'), 'https://code.example/blog/feed.xml');
  const [borrow, note, guidOnly] = feed.items;

  test('channel title in padded CDATA is trimmed, and pubDate serves as the feed date', () => {
    assert.equal(feed.title, 'Code & Coffee');
    assert.equal(feed.description, 'Short & practical tutorials');
    assert.equal(feed.updated, '2024-06-01T08:00:00.000Z');
  });

  test('a title with attributes and character references reads as text', () => {
    assert.equal(borrow.title, 'Rust\u2019s borrow checker\u00a0\u2014 explained\u2026');
  });

  test('a guid with isPermaLink="false" is the id but not the link; the relative link is resolved', () => {
    assert.equal(borrow.id, 'post-101');
    assert.equal(borrow.link, 'https://code.example/blog/borrow-checker');
  });

  test('content:encoded is the content and description the summary, each decoded once', () => {
    assert.equal(borrow.contentHtml, '<p>Ownership &amp; borrowing in <code>fn main() {}</code></p>');
    assert.equal(borrow.summary, 'A <em>short</em> intro &amp; more.');
  });

  test('author "email (Name)" gives the name; categories with a domain count and lose their padding', () => {
    assert.equal(borrow.author, 'Ana Lima');
    assert.deepEqual(borrow.categories, ['rust', 'memory safety']);
    assert.equal(borrow.published, '2024-05-31T13:30:00.000Z');
    assert.equal(borrow.imageUrl, 'https://cdn.code.example/borrow.png');
  });

  test('an item without title is named by the start of its text; of two dc:creators the first is the author, both are listed', () => {
    assert.equal(note.title, 'Quick note: always pin your toolchain version in CI so builds stay reproducible.');
    assert.equal(note.author, 'Ben');
    assert.deepEqual(note.authors, ['Ben', 'Chloe']);
    assert.equal(note.published, undefined);
  });

  test('an image enclosure is the picture, an audio enclosure is not', () => {
    assert.equal(note.imageUrl, 'https://cdn.code.example/note.jpg');
  });

  test('a permalink guid serves as link; a broken date is left out; media:content with medium="image" is the picture', () => {
    assert.equal(guidOnly.link, 'https://code.example/blog/guid-link');
    assert.equal(guidOnly.id, 'https://code.example/blog/guid-link');
    assert.equal(guidOnly.published, undefined);
    assert.equal(guidOnly.imageUrl, 'https://cdn.code.example/guid.webp');
    assert.equal(guidOnly.contentHtml, undefined);
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  const feed = parseFeed(readFeedFixture('rdf.xml'), 'https://rdf.example/rss');

  test('reads channel, sibling image and sibling items', () => {
    assert.equal(feed.format, 'rdf');
    assert.equal(feed.title, 'RDF Site Summary Tutorials');
    assert.equal(feed.link, 'https://rdf.example/');
    assert.equal(feed.imageUrl, 'https://rdf.example/logo.png');
    assert.equal(feed.updated, '2024-03-02T09:00:00.000Z');
    assert.deepEqual(feed.items.map((item) => item.title), ['SPARQL in practice', 'Turtle syntax']);
  });

  test('dc:creator, dc:subject and dc:date fill author, categories and date', () => {
    const [sparql] = feed.items;
    assert.equal(sparql.author, 'Dana Scully');
    assert.deepEqual(sparql.categories, ['sparql']);
    assert.equal(sparql.published, '2024-03-01T17:45:00.000Z');
    assert.equal(sparql.summary, 'Querying <i>graphs</i>');
  });

  test('an item without <link> takes its rdf:about', () => {
    assert.equal(feed.items[1].link, 'https://rdf.example/turtle');
    assert.equal(feed.items[1].published, '2024-02-28T00:00:00.000Z');
  });
});

describe('parseFeed: Atom 0.3', () => {
  const feed = parseFeed(readFeedFixture('atom03.xml'), 'https://legacy.example/atom.xml');

  test('escaped-mode title, tagline and modified fill the feed head', () => {
    assert.equal(feed.format, 'atom');
    assert.equal(feed.title, 'Legacy Atom Notes');
    assert.equal(feed.description, 'Atom before it was 1.0');
    assert.equal(feed.updated, '2004-05-01T12:00:00.000Z');
    assert.equal(feed.link, 'https://legacy.example/');
  });

  test('issued and modified are the dates; the feed author stands in for entries without one', () => {
    const [escaped] = feed.items;
    assert.equal(escaped.published, '2004-04-30T14:00:00.000Z');
    assert.equal(escaped.updated, '2004-04-30T15:00:00.000Z');
    assert.equal(escaped.author, 'Eve Legacy');
  });

  test('mode="escaped" content is HTML and mode="xml" content is its inline markup', () => {
    assert.equal(feed.items[0].contentHtml, '<p>Hello &amp; welcome</p>');
    assert.equal(feed.items[1].contentHtml, '<p>Inline <em>markup</em></p>');
  });
});

describe('parseFeed: Atom 1.0', () => {
  const feed = parseFeed(readFeedFixture('atom10.xml'), 'https://atom.example/blog/feed.atom');
  const [generics, mirrored, plain] = feed.items;

  test('the alternate link, not the self link, is the site; xml:base resolves it and the logo', () => {
    assert.equal(feed.link, 'https://atom.example/blog/');
    assert.equal(feed.imageUrl, 'https://atom.example/blog/images/logo.png');
    assert.equal(feed.title, 'Atom & Tutorials');
    assert.equal(feed.description, 'Learn by doing');
    assert.equal(feed.updated, '2024-06-10T12:00:00.000Z');
  });

  test('an html title becomes plain text, with its escaped angle brackets shown as written', () => {
    assert.equal(generics.title, 'Generics <T> in TypeScript');
  });

  test('entry link resolves against the feed xml:base; rel="edit" is ignored', () => {
    assert.equal(generics.link, 'https://atom.example/blog/posts/generics');
    assert.equal(generics.id, 'tag:atom.example,2024:1');
  });

  test('xhtml content is the markup inside its div', () => {
    assert.equal(generics.contentHtml,
      '<p>Write <code>function id&lt;T&gt;(x: T): T</code> &amp; reuse it.</p><img src="diagram.png" alt="">');
  });

  test('a one-paragraph text summary is escaped into HTML, without a <p> around it', () => {
    assert.equal(generics.summary, 'Type parameters &amp; constraints: &lt;T extends object&gt;');
  });

  test('author name, category terms (as feed libraries report them) and both dates', () => {
    assert.equal(generics.author, 'Grace Hopper');
    assert.deepEqual(generics.categories, ['typescript', 'generics']);
    assert.equal(generics.published, '2024-06-09T06:00:00.000Z');
    assert.equal(generics.updated, '2024-06-10T09:15:00.000Z');
  });

  test('an entry xml:base overrides the feed one for its link and image enclosure', () => {
    assert.equal(mirrored.link, 'https://other.example/mirror/entry-2');
    assert.equal(mirrored.imageUrl, 'https://other.example/mirror/cover.png');
    assert.equal(mirrored.author, 'Feed Author');
  });

  test('html content is decoded once: &amp;amp; in the XML is &amp; in the HTML', () => {
    assert.equal(mirrored.contentHtml, '<p>Escaped &amp; decoded once</p>');
  });

  test('text content becomes escaped paragraphs', () => {
    assert.equal(plain.contentHtml, '<p>Line one &lt;not a tag&gt;</p>\n<p>Second paragraph</p>');
    assert.equal(plain.published, undefined);
    assert.equal(plain.updated, '2024-06-07T10:00:00.000Z');
  });
});

describe('parseFeed: JSON Feed', () => {
  test('JSON Feed 1.0: single author, relative URLs against the feed URL, tags, image, numeric id', () => {
    const feed = parseFeed(readFeedFixture('jsonfeed10.json'), 'https://json.example/feed.json');
    assert.equal(feed.format, 'json');
    assert.equal(feed.title, 'JSON Tutorials');
    assert.equal(feed.link, 'https://json.example/');
    assert.equal(feed.imageUrl, 'https://json.example/icon.png');
    const [parsing, untitled] = feed.items;
    assert.deepEqual(parsing, {
      id: '1',
      title: 'Parsing JSON safely',
      link: 'https://json.example/posts/parsing',
      author: 'Jay Son',
      authors: ['Jay Son'],
      published: '2024-01-15T18:00:00.000Z',
      updated: undefined,
      summary: 'Errors &amp; edge cases',
      contentHtml: '<p>Use <code>JSON.parse</code> in a try block.</p>',
      categories: ['json', 'javascript'],
      imageUrl: 'https://json.example/parsing.png',
    });
    assert.equal(untitled.id, '2');
    assert.equal(untitled.title, 'No title, no url, only text <b>not html</b>.');
    assert.equal(untitled.contentHtml, 'No title, no url, only text &lt;b&gt;not html&lt;/b&gt;.');
    assert.equal(untitled.updated, '2024-01-16T10:00:00.000Z');
  });

  test('JSON Feed 1.1: authors list, favicon, banner image, duplicate tags once', () => {
    const feed = parseFeed(readFeedFixture('jsonfeed11.json'));
    assert.equal(feed.description, 'Newer JSON tutorials');
    assert.equal(feed.imageUrl, 'https://json11.example/favicon.ico');
    const [streams] = feed.items;
    assert.equal(streams.author, 'Kim');
    assert.deepEqual(streams.authors, ['Kim', 'Lee']);
    assert.deepEqual(streams.categories, ['node', 'streams']);
    assert.equal(streams.imageUrl, 'https://json11.example/streams-banner.png');
    assert.equal(streams.updated, '2024-02-02T09:00:00.000Z');
  });
});

test('Atom written with a namespace prefix (<atom:feed>) still lists its entries', () => {
  const feed = parseFeed(readFeedFixture('atomPrefixed.xml'), 'https://prefixed.example/feed');
  assert.equal(feed.format, 'atom');
  assert.equal(feed.title, 'Prefixed Atom');
  assert.equal(feed.link, 'https://prefixed.example/');
  assert.deepEqual(feed.items.map((i) => [i.id, i.title, i.link, i.author, i.updated, i.categories]), [
    ['urn:prefixed:1', 'Entries of a prefixed feed are found', 'https://prefixed.example/one', 'Pat', '2024-03-01T09:00:00.000Z', ['xml']],
  ]);
  assert.equal(feed.items[0].contentHtml, '<pre><code class="language-xml">&lt;a/&gt;</code></pre>');
});

test('articles that repeat a guid or link still get ids of their own', () => {
  const feed = parseFeed('<rss version="2.0"><channel><title>T</title>'
    + '<item><title>One</title><link>https://x.example/</link></item>'
    + '<item><title>Two</title><link>https://x.example/</link></item>'
    + '<item><title>Three</title><link>https://x.example/</link></item></channel></rss>');
  assert.deepEqual(feed.items.map((i) => i.id), ['https://x.example/', 'https://x.example/#2', 'https://x.example/#3']);
});
