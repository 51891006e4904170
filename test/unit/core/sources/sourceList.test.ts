import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { addSource, normalizeSources, removeSource, renameSource, setFullArticle, sourceKey } from '../../../../src/core/sources/sourceList';
import { checkSourceUrl } from '../../../../src/core/sources/sourceUrl';

describe('checkSourceUrl', () => {
  const ok = (input: string) => {
    const result = checkSourceUrl(input);
    assert.ok(result.ok, `${input}: ${result.ok ? '' : result.problem}`);
    return result.url;
  };
  const problem = (input: string, options = {}) => {
    const result = checkSourceUrl(input, options);
    assert.ok(!result.ok, `${input} should be refused`);
    return result.problem;
  };

  test('a bare domain becomes https, spaces trimmed', () => {
    assert.equal(ok('  example.com/feed '), 'https://example.com/feed');
    assert.equal(ok('localhost:8080/feed.xml'), 'https://localhost:8080/feed.xml');
  });

  test('web, feed: and file: addresses and absolute paths are accepted', () => {
    assert.equal(ok('http://Example.COM/rss'), 'http://example.com/rss');
    assert.equal(ok('feed://example.com/rss'), 'https://example.com/rss');
    assert.equal(ok('feed:http://example.com/rss'), 'http://example.com/rss');
    assert.equal(ok('file:///tmp/feed.xml'), 'file:///tmp/feed.xml');
    assert.equal(ok('/tmp/feed.xml'), '/tmp/feed.xml');
    assert.equal(ok('C:\\feeds\\a.xml'), 'C:\\feeds\\a.xml');
    assert.equal(ok('~/feeds/a.xml'), path.join(os.homedir(), 'feeds/a.xml'));
  });

  test('other schemes, relative paths and single words are refused with a reason', () => {
    assert.equal(problem('ftp://example.com/feed'), '"ftp://example.com/feed" is not a feed address: only http(s) and file addresses are supported');
    assert.equal(problem('javascript:alert(1)'), '"javascript:alert(1)" is not a feed address: only http(s) and file addresses are supported');
    assert.equal(problem('./feed.xml'), '"./feed.xml" is a relative path: give the full path to the feed file');
    assert.equal(problem('news'), '"news" is not a web address (no domain such as example.com)');
    assert.equal(problem('   '), 'No address given');
    assert.equal(problem('builtin:getting-started'), '"builtin:getting-started" is not a feed address: only http(s) and file addresses are supported');
    assert.equal(checkSourceUrl('builtin:getting-started', { allowBuiltin: true }).ok, true);
  });
});

describe('normalizeSources', () => {
  test('a hand-edited list keeps what is usable and says what was skipped', () => {
    const { sources, problems } = normalizeSources([
      'https://www.freecodecamp.org/news/rss.xml',
      { url: 'https://forem.com/feed/akshatjme', name: '  Akshat  ' },
      { name: 'No address' },
      42,
      { url: 'ftp://old.example.com/feed' },
      { url: 'https://WWW.freecodecamp.org/news/rss.xml/#latest' },
      { url: 'builtin:getting-started', name: 'Getting Started' },
      { url: 'example.com/feed', name: 7 },
      { url: 'https://blog.levelupcoding.com/feed', name: '' },
    ]);
    assert.deepEqual(sources, [
      { url: 'https://www.freecodecamp.org/news/rss.xml' },
      { url: 'https://forem.com/feed/akshatjme', name: 'Akshat' },
      { url: 'builtin:getting-started', name: 'Getting Started' },
      { url: 'https://example.com/feed' },
      { url: 'https://blog.levelupcoding.com/feed' },
    ]);
    assert.deepEqual(problems, [
      'Source 3 has no url.',
      'Source 4 should be an address or an object with a "url".',
      'Source 5: "ftp://old.example.com/feed" is not a feed address: only http(s) and file addresses are supported.',
      'Source \'https://WWW.freecodecamp.org/news/rss.xml/#latest\' is listed twice.',
      'Source 8\'s name should be text.',
    ]);
  });

  test('a missing setting is an empty list; a non-list is one problem; nothing throws', () => {
    assert.deepEqual(normalizeSources(undefined), { sources: [], problems: [] });
    assert.deepEqual(normalizeSources({ url: 'https://example.com/feed' }), {
      sources: [],
      problems: ['The setting should be a list of sources, like [{ "url": "https://example.com/feed" }].'],
    });
    assert.deepEqual(normalizeSources([null, [], { url: 5 }]).sources, []);
  });
});

describe('editing the source list', () => {
  const list = [{ url: 'https://www.freecodecamp.org/news/rss.xml', name: 'freeCodeCamp' }, { url: 'https://forem.com/feed/akshatjme' }];

  test('adding appends the normalized address with its name', () => {
    assert.deepEqual(addSource(list, { url: 'blog.levelupcoding.com/feed', name: ' Level Up ' }), [...list, { url: 'https://blog.levelupcoding.com/feed', name: 'Level Up' }]);
  });

  test('adding a source already listed (another spelling of it) is refused', () => {
    assert.throws(() => addSource(list, { url: 'https://WWW.FreeCodeCamp.org/news/rss.xml/' }), { message: 'https://www.freecodecamp.org/news/rss.xml/ is already a source ("freeCodeCamp")' });
    assert.throws(() => addSource(list, { url: 'forem.com/feed/akshatjme#x' }), { message: 'https://forem.com/feed/akshatjme#x is already a source' });
    assert.throws(() => addSource(list, { url: 'mailto:a@b.c' }), { message: '"mailto:a@b.c" is not a feed address: only http(s) and file addresses are supported' });
  });

  test('removing and renaming find the source by any spelling of its address', () => {
    assert.deepEqual(removeSource(list, 'https://forem.com/feed/akshatjme/'), [list[0]]);
    assert.deepEqual(renameSource(list, 'https://forem.com/feed/akshatjme', 'Akshat'), [list[0], { url: 'https://forem.com/feed/akshatjme', name: 'Akshat' }]);
    assert.deepEqual(renameSource(list, 'https://www.freecodecamp.org/news/rss.xml', '  '), [{ url: 'https://www.freecodecamp.org/news/rss.xml' }, list[1]]);
    assert.equal(list[0].name, 'freeCodeCamp', 'the original list is not changed');
  });

  test('sourceKey is short, file-name safe and the same for every spelling of an address', () => {
    const key = sourceKey('https://www.freecodecamp.org/news/rss.xml');
    assert.match(key, /^[0-9a-f]{16}$/);
    assert.equal(sourceKey('https://WWW.freecodecamp.org:443/news/rss.xml/#top'), key);
    assert.equal(sourceKey('www.freecodecamp.org/news/rss.xml'), key);
    assert.notEqual(sourceKey('https://www.freecodecamp.org/news/tag/docker/rss.xml'), key);
    assert.equal(sourceKey('file:///tmp/feed.xml'), sourceKey('/tmp/feed.xml'));
  });

  test('a source\'s fullArticle setting is read, kept through a rename, and written only when it is not auto', () => {
    const read = normalizeSources([{ url: 'https://a.example/feed', fullArticle: 'always' }, { url: 'https://b.example/feed', fullArticle: 'sometimes' }]);
    assert.deepEqual(read.sources, [{ url: 'https://a.example/feed', fullArticle: 'always' }, { url: 'https://b.example/feed' }]);
    assert.deepEqual(read.problems, ['Source 2\'s fullArticle should be "auto", "always" or "never".']);
    const renamed = renameSource(read.sources, 'https://a.example/feed', 'A');
    assert.deepEqual(renamed[0], { url: 'https://a.example/feed', name: 'A', fullArticle: 'always' });
    assert.deepEqual(setFullArticle(renamed, 'a.example/feed', 'never')[0], { url: 'https://a.example/feed', name: 'A', fullArticle: 'never' });
    assert.deepEqual(setFullArticle(renamed, 'https://a.example/feed', 'auto')[0], { url: 'https://a.example/feed', name: 'A' });
  });
});
