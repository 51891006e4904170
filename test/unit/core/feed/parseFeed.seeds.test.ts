import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../../src/core/feed/parseFeed';
import type { Feed } from '../../../../src/core/model';
import { loadSeeds } from '../../../support/seeds';

const seeds = loadSeeds();
const feeds = new Map<string, Feed>(seeds.map((seed) => [seed.label, parseFeed(seed.text)]));

function feed(label: string): Feed {
  const parsed = feeds.get(label);
  assert.ok(parsed, `seed ${label} is missing`);
  return parsed;
}

const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('parseFeed on the real seed feeds', () => {
  test('the five seeds hold 67 articles: 10 freeCodeCamp, 15 Docker, 12 Forem, 10 Medium, 20 Substack', () => {
    const counts = Object.fromEntries([...feeds].map(([label, parsed]) => [label, parsed.items.length]));
    assert.deepEqual(counts, { freecodecamp: 10, docker: 15, forem: 12, medium: 10, substack: 20 });
    assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), 67);
  });

  test('each seed is RSS with its own title, site link and image', () => {
    const heads = [...feeds].map(([label, parsed]) => [label, parsed.format, parsed.title, parsed.link]);
    assert.deepEqual(heads, [
      ['freecodecamp', 'rss', 'freeCodeCamp Programming Tutorials: Python, JavaScript, Git & More', 'https://www.freecodecamp.org/news/'],
      ['docker', 'rss', 'Docker - freeCodeCamp.org', 'https://www.freecodecamp.org/news/'],
      ['forem', 'rss', 'Forem: Akshat Jain', 'https://forem.com/akshatjme'],
      ['medium', 'rss', 'Stories by Dr. Yaroslav Zhbankov on Medium', 'https://medium.com/@yaroslavzhbankov?source=rss-88b741f7b069------2'],
      ['substack', 'rss', 'Level Up Coding System Design Newsletter', 'https://blog.levelupcoding.com'],
    ]);
    assert.equal(feed('freecodecamp').imageUrl, 'https://cdn.freecodecamp.org/universal/favicons/favicon.png');
    assert.equal(feed('medium').imageUrl, 'https://cdn-images-1.medium.com/fit/c/150/150/1*sEn6bcfR3g0X_Ad_hQnfDg.png');
  });

  test('feed dates come from lastBuildDate as ISO strings', () => {
    assert.equal(feed('freecodecamp').updated, '2026-06-05T10:26:02.000Z');
    assert.equal(feed('medium').updated, '2026-05-27T00:57:00.000Z');
    assert.equal(feed('substack').updated, '2026-07-04T21:36:07.000Z');
    assert.equal(feed('forem').updated, undefined, 'Forem gives no channel date');
  });

  for (const seed of seeds) {
    test(`every ${seed.label} article has an id, a title, a link, an ISO date, an author and content`, () => {
      const items = feed(seed.label).items;
      for (const item of items) {
        assert.ok(item.id.length > 0, 'id');
        assert.notEqual(item.title, '(untitled)');
        assert.equal(item.title, item.title.trim(), 'title is trimmed');
        assert.match(item.link ?? '', /^https:\/\/\S+$/, `link of ${item.title}`);
        assert.match(item.published ?? '', isoDate, `date of ${item.title}`);
        assert.ok(item.author, `author of ${item.title}`);
        assert.ok((item.contentHtml ?? '').length > 500, `content of ${item.title}`);
      }
      assert.equal(new Set(items.map((item) => item.id)).size, items.length, 'ids are unique');
    });
  }

  test('the first freeCodeCamp article keeps its CDATA title without padding, its author, tags and cover', () => {
    const [first] = feed('freecodecamp').items;
    assert.equal(first.title, 'How Attribute-Based Access Control Helps You Write Better Authorization Rules');
    assert.equal(first.author, 'Aiyedogbon Abraham');
    assert.equal(first.id, '6a21b44e09761aac249579f9');
    assert.equal(first.link, 'https://www.freecodecamp.org/news/how-attribute-based-access-control-helps-you-write-better-authorization-rules/');
    assert.equal(first.published, '2026-06-04T17:22:22.000Z');
    assert.deepEqual(first.categories, ['Security', 'Web Security', 'authorization', 'access control', 'JavaScript']);
    assert.equal(first.imageUrl, 'https://cdn.hashnode.com/uploads/covers/5e1e335a7a1d3fcc59028c64/1bcd9989-cf38-4375-a0ed-03cf1bd3c3b8.png');
  });

  test('freeCodeCamp content is content:encoded as carried, description is the summary', () => {
    const [first] = feed('freecodecamp').items;
    assert.ok(first.contentHtml?.startsWith('<p>Every application that handles user data eventually hits the same problem'));
    assert.ok(first.summary?.startsWith('Every application that handles user data'));
    assert.notEqual(first.summary, first.contentHtml);
    // CDATA is not entity-decoded: the HTML keeps its own escapes.
    assert.ok(first.contentHtml?.includes('return isNurse &amp;&amp; isAssignedFloor'));
  });

  test('Forem articles take their content from the entity-escaped description, decoded exactly once', () => {
    const items = feed('forem').items;
    // The seed has a no-break space (U+00A0) before "moment".
    assert.ok(items[0].contentHtml?.startsWith('<p>If you\u2019ve ever tried to start a project, you\u2019ve probably faced this\u00a0moment.</p>'));
    assert.deepEqual(items[0].categories, ['systemdesigninterview', 'webdev', 'techstack', 'programming']);
    const llm = items.find((item) => item.title === 'How I Built an LLM Service That Converts Natural Language into Database Events');
    // `&amp;amp;` in the feed is `&amp;` in the HTML: one decoding, not two.
    assert.ok(llm?.contentHtml?.includes('Step 1\u200a\u2014\u200aHandling Voice &amp; Text\u00a0Input'));
  });

  test('Medium articles keep the guid as id, the atom:updated time and their tags', () => {
    const [first] = feed('medium').items;
    assert.equal(first.id, 'https://medium.com/p/a3fecc396bc4');
    assert.equal(first.author, 'Dr. Yaroslav Zhbankov');
    assert.equal(first.updated, '2026-05-13T03:11:55.410Z');
    assert.deepEqual(first.categories, ['prompt-engineering', 'design', 'software-engineering', 'ai']);
    assert.equal(first.summary, undefined, 'Medium sends no description');
  });

  test('Substack articles have a summary, the newsletter author and the image enclosure as picture', () => {
    const [first] = feed('substack').items;
    assert.equal(first.title, 'LLMs: The Essential Guide');
    assert.equal(first.summary, 'Most engineers only see the API layer. Here\'s what\'s happening underneath.');
    assert.equal(first.author, 'Nikki Siapno');
    assert.equal(first.imageUrl, 'https://substack-post-media.s3.amazonaws.com/public/images/934bae56-a966-4807-b241-b5eda2c87488_2400x1260.png');
    assert.deepEqual(first.categories, []);
  });

  test('all five seeds parse in well under 100 ms', () => {
    // Warm once so the figure measures parsing, not the first compilation of the parser.
    for (const seed of seeds) parseFeed(seed.text);
    const runs = [0, 1, 2, 3, 4].map(() => {
      const start = performance.now();
      for (const seed of seeds) parseFeed(seed.text);
      return performance.now() - start;
    });
    assert.ok(Math.min(...runs) < 100, `fastest of 5 runs took ${Math.min(...runs).toFixed(1)} ms`);
  });
});
