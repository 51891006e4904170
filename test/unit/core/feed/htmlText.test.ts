import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, excerpt, htmlToText, looksLikeMarkup } from '../../../../src/core/feed/htmlText';

describe('text from HTML comes from a real HTML parser', () => {
  test('a ">" inside a quoted attribute does not end the tag', () => {
    assert.equal(htmlToText('<a title="x > y">Link</a>'), 'Link');
    assert.equal(excerpt('<p><a title="x > y" href="/a">Link</a> text</p>'), 'Link text');
  });

  test('script and style content is no text; entities are decoded; words at block edges stay apart', () => {
    assert.equal(htmlToText('<style>p{color:red}</style><script>if (a < b) x()</script><p>one</p><p>two&nbsp;&amp; three</p>'), 'one two\u00a0& three');
  });

  test('inline markup joins, block markup separates', () => {
    assert.equal(htmlToText('Use<code>map</code>s<br>and<div>filters</div>'), 'Usemaps and filters');
  });
});

describe('cleanText and looksLikeMarkup', () => {
  test('only ASCII whitespace collapses: no-break, en, em and thin spaces are kept', () => {
    assert.equal(cleanText('  a \n\t b\u00a0c\u2002d\u2003e\u2009f  '), 'a b\u00a0c\u2002d\u2003e\u2009f');
  });

  test('HTML needs an end tag, a <br> or an entity, and only common HTML elements', () => {
    assert.equal(looksLikeMarkup('Using <code>map</code>'), true);
    assert.equal(looksLikeMarkup('Tom &amp; Jerry'), true);
    assert.equal(looksLikeMarkup('The <template> element'), false);
    assert.equal(looksLikeMarkup('Generics <T> and </T>'), false);
    assert.equal(looksLikeMarkup('a < b and c > d'), false);
  });
});
