import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../../src/core/feed/parseFeed';
import { ArticleSearchIndex, type SearchableArticle } from '../../../../src/core/search/articleSearchIndex';
import { boundedEditDistance } from '../../../../src/core/search/editDistance';
import { parseSearchQuery } from '../../../../src/core/search/searchQuery';
import { searchTokens } from '../../../../src/core/search/searchTokens';
import { loadSeeds } from '../../../support/seeds';

const article = (key: string, fields: Partial<SearchableArticle>): SearchableArticle => ({
  key, sourceTitle: fields.sourceTitle ?? 'Blog', title: fields.title ?? key,
  categories: fields.categories ?? [], languages: fields.languages ?? [], ...fields,
});

describe('search tokens', () => {
  test('identifiers also give their parts: camelCase, PascalCase, snake_case and acronyms', () => {
    assert.deepEqual(searchTokens('useEffect ThreadPoolExecutor snake_case_name HTTPServer'), [
      'useeffect', 'use', 'effect', 'threadpoolexecutor', 'thread', 'pool', 'executor', 'snake_case_name', 'snake', 'case', 'name', 'httpserver', 'http', 'server',
    ]);
  });
  test('each token once, lowercase; runs over 40 characters (hashes) are left out; non-Latin words kept', () => {
    assert.deepEqual(searchTokens(`Docker docker DOCKER ${'a'.repeat(41)} Привет 日本語`), ['docker', 'привет', '日本語']);
  });
});

describe('search queries', () => {
  test('words and filters: lang:, source: (quoted or bare), is:unread / is:read / is:saved', () => {
    assert.deepEqual(parseSearchQuery('Docker  compose lang:Python source:"free code" is:unread is:saved'), {
      terms: ['docker', 'compose'], languages: ['python'], sources: ['free code'], unread: true, saved: true,
    });
    assert.deepEqual(parseSearchQuery('is:read source:medium'), { terms: [], languages: [], sources: ['medium'], unread: false });
  });
  test('an empty or unknown filter is ignored, not an error', () => {
    assert.deepEqual(parseSearchQuery('lang: is:whatever react'), { terms: ['react'], languages: [], sources: [] });
  });
});

describe('bounded edit distance', () => {
  test('counts insertions, deletions and substitutions, and stops past the bound', () => {
    assert.equal(boundedEditDistance('kubernets', 'kubernetes', 2), 1);
    assert.equal(boundedEditDistance('pyhton', 'python', 2), 2);
    assert.equal(boundedEditDistance('react', 'react', 1), 0);
    assert.equal(boundedEditDistance('docker', 'python', 2), 3, 'beyond the bound: bound + 1');
  });
});

describe('the article search index', () => {
  test('finds words in the text and identifiers in the code, ranks a title match first, and needs every word', async () => {
    const index = new ArticleSearchIndex();
    await index.updateSource('src', [
      article('a', { title: 'React hooks explained', bodyHtml: '<p>State in function components.</p><pre><code>useEffect(() =&gt; {}, [])</code></pre>' }),
      article('b', { title: 'Python threads', bodyHtml: '<p>We use a pool of workers, also for React apps.</p><pre><code>from concurrent.futures import ThreadPoolExecutor</code></pre>' }),
      article('c', { title: 'Cooking', summaryHtml: '<p>No code here.</p>' }),
    ]);
    const keys = (q: string) => index.search(parseSearchQuery(q)).map((h) => h.key);
    assert.deepEqual(keys('useEffect'), ['a']);
    assert.deepEqual(keys('use effect'), ['a'], 'the parts of useEffect; b has "use" but not "effect"');
    assert.deepEqual(keys('ThreadPoolExecutor'), ['b']);
    assert.deepEqual(keys('thread pool'), ['b']);
    assert.deepEqual(keys('react'), ['a', 'b'], 'the title match ranks above the text match');
    assert.deepEqual(keys('react cooking'), [], 'every word must match');
    assert.deepEqual(keys('here'), ['c'], 'a summary is searched');
  });

  test('a word matches as a prefix and with a typo; the matched words are reported for the excerpt', async () => {
    const index = new ArticleSearchIndex();
    await index.updateSource('src', [article('k', { title: 'Deploying to Kubernetes', bodyHtml: '<p>Containers and orchestration.</p>' })]);
    const [prefix] = index.search(parseSearchQuery('orchestr'));
    assert.deepEqual(prefix?.matched, ['orchestration']);
    const [typo] = index.search(parseSearchQuery('kubernets'));
    assert.equal(typo?.key, 'k');
    assert.deepEqual(typo?.matched, ['kubernetes']);
    assert.deepEqual(index.search(parseSearchQuery('kub')).map((h) => h.key), ['k']);
  });

  test('filters: language, source title, unread and saved; filters alone list every match newest first', async () => {
    const index = new ArticleSearchIndex();
    await index.updateSource('one', [
      article('p', { sourceTitle: 'freeCodeCamp', title: 'Py', languages: ['python'], date: 2 }),
      article('j', { sourceTitle: 'freeCodeCamp', title: 'Js', languages: ['javascript'], date: 3 }),
    ]);
    await index.updateSource('two', [article('m', { sourceTitle: 'Medium author', title: 'M', languages: ['python'], date: 1 })]);
    const keys = (q: string) => index.search(parseSearchQuery(q), { isUnread: (k) => k !== 'j', isSaved: (k) => k === 'm' }).map((h) => h.key);
    assert.deepEqual(keys('lang:python'), ['p', 'm']);
    assert.deepEqual(keys('source:freecodecamp'), ['j', 'p']);
    assert.deepEqual(keys('is:unread source:free'), ['p']);
    assert.deepEqual(keys('is:read'), ['j']);
    assert.deepEqual(keys('is:saved'), ['m']);
  });

  test('a source update re-indexes what changed and drops what is gone; removing a source forgets its articles', async () => {
    const index = new ArticleSearchIndex();
    await index.updateSource('s', [article('x', { title: 'Alpha' }), article('y', { title: 'Beta' })]);
    const second = await index.updateSource('s', [article('x', { title: 'Alpha' }), article('z', { title: 'Gamma' })]);
    assert.deepEqual(second, { added: 1, removed: 1 }, 'unchanged x is not re-indexed');
    assert.deepEqual(index.search(parseSearchQuery('beta')), []);
    assert.equal(index.search(parseSearchQuery('gamma'))[0]?.key, 'z');
    await index.updateSource('s', [article('x', { title: 'Alpha renamed' }), article('z', { title: 'Gamma' })]);
    assert.equal(index.search(parseSearchQuery('renamed'))[0]?.key, 'x');
    index.removeSource('s');
    assert.equal(index.size, 0);
    assert.deepEqual(index.search(parseSearchQuery('alpha')), []);
  });

  test('a renamed source is found by source: under its new name, not its old one', async () => {
    const index = new ArticleSearchIndex();
    await index.updateSource('s', [article('x', { sourceTitle: 'Old Blog', title: 'Alpha' })]);
    await index.updateSource('s', [article('x', { sourceTitle: 'New Blog', title: 'Alpha' })]);
    assert.deepEqual(index.search(parseSearchQuery('source:new')).map((h) => h.key), ['x']);
    assert.deepEqual(index.search(parseSearchQuery('source:old')), []);
    assert.deepEqual(index.sourceKeys(), ['s']);
  });

  describe('on the seed feeds', () => {
    const index = new ArticleSearchIndex();
    let total = 0;
    before(async () => {
      for (const seed of loadSeeds()) {
        const feed = parseFeed(seed.text);
        total += feed.items.length;
        await index.updateSource(seed.label, feed.items.map((item) => article(`${seed.label}:${item.id}`, {
          sourceTitle: feed.title ?? seed.label, title: item.title, author: item.author,
          categories: item.categories, summaryHtml: item.summary, bodyHtml: item.contentHtml,
        })));
      }
    });
    test('every article is indexed and each is found by its own title', () => {
      assert.equal(index.size, total);
      assert.ok(total >= 60);
    });
    test('code words find the articles whose code has them: "docker compose", "kubectl", "import"', () => {
      for (const q of ['docker compose', 'kubectl', 'import']) assert.ok(index.search(parseSearchQuery(q)).length > 0, `${q} finds something`);
      assert.ok(index.search(parseSearchQuery('docker compose')).every((h) => h.matched.some((w) => w.startsWith('docker'))));
    });
  });
});

describe('search excerpts', () => {
  test('the readable text around the first matched word, cut at word boundaries, markup dropped', async () => {
    const { searchExcerpt } = await import('../../../../src/core/search/searchExcerpt');
    const html = `<p>${'Intro words go here. '.repeat(10)}</p><pre><code>executor = ThreadPoolExecutor(max_workers=4)</code></pre><p>${'More text after. '.repeat(10)}</p>`;
    const excerpt = searchExcerpt(html, ['threadpoolexecutor'], 60) ?? '';
    assert.match(excerpt, /^….*ThreadPoolExecutor\(max_workers=4\).*…$/);
    assert.ok(excerpt.length <= 62, excerpt);
    assert.doesNotMatch(excerpt, /<|>/);
    assert.equal(searchExcerpt(html, ['absent']), undefined);
  });
});
