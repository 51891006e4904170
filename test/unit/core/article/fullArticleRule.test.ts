import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { looksTruncated, wantsFullArticle } from '../../../../src/core/article/fullArticleRule';
import type { FeedItem } from '../../../../src/core/model';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const item = (fields: Partial<FeedItem>): FeedItem => ({ id: 'x', title: 'T', link: 'https://blog.example/post', categories: [], ...fields });

describe('looksTruncated: the auto rule', () => {
  test('fewer than 150 words and no <pre> is a teaser', () => {
    assert.equal(looksTruncated(item({ contentHtml: `<p>${words(149)}</p>` })), true);
    assert.equal(looksTruncated(item({ contentHtml: `<p>${words(151)}</p>` })), false);
  });

  test('a short body with code is a full article', () => {
    assert.equal(looksTruncated(item({ contentHtml: `<p>${words(20)}</p><pre><code>npm start</code></pre>` })), false);
  });

  for (const ending of ['Read more', 'Continue reading →', 'Continue reading <span>Building a CLI</span>', '[…]', '[&hellip;]', '…', '...']) {
    test(`a long body ending "${ending}" is a teaser`, () => {
      assert.equal(looksTruncated(item({ contentHtml: `<p>${words(300)}</p><pre>x</pre><p>${ending}</p>` })), true);
    });
  }

  test('WordPress\'s "The post … appeared first on …" footer does not hide the ending before it', () => {
    const html = `<p>${words(300)} […]</p><p>The post <a href="/x">Caching in PHP</a> appeared first on <a href="/">Byte Pantry</a>.</p>`;
    assert.equal(looksTruncated(item({ summary: html, contentHtml: `<pre>x</pre>${html}` })), true);
  });

  test('only a <description> written as a plain excerpt (no markup) is a teaser however long', () => {
    const text = words(400);
    assert.equal(looksTruncated(item({ summary: text, contentHtml: text })), true);
    assert.equal(looksTruncated(item({ summary: `<p>${text}</p>`, contentHtml: `<p>${text}</p>` })), false);
  });

  test('"read more" in the middle of a long article does not count', () => {
    assert.equal(looksTruncated(item({ contentHtml: `<p>${words(100)} read more about it ${words(200)}</p>` })), false);
  });
});

describe('wantsFullArticle', () => {
  const teaser = item({ summary: 'Short. Continue reading…' });
  const full = item({ contentHtml: `<p>${words(400)}</p>` });

  test('auto fetches teasers only, always every article, never none', () => {
    assert.deepEqual([wantsFullArticle(teaser, 'auto'), wantsFullArticle(full, 'auto')], [true, false]);
    assert.deepEqual([wantsFullArticle(teaser, 'always'), wantsFullArticle(full, 'always')], [true, true]);
    assert.deepEqual([wantsFullArticle(teaser, 'never'), wantsFullArticle(full, 'never')], [false, false]);
  });

  test('an article without a web link has no page to fetch', () => {
    for (const link of [undefined, 'file:///etc/passwd', 'javascript:alert(1)', 'mailto:a@b.c']) {
      assert.equal(wantsFullArticle({ ...teaser, link }, 'always'), false, String(link));
    }
  });
});
