import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { capTagNesting } from '../../../../../src/core/render/html/capTagNesting';

describe('capTagNesting', () => {
  test('markup within the depth comes back as the very same string', () => {
    const html = '<div><p>a <b>b</b><br><img src="x"></p><ul><li>1<li>2</ul></div>';
    assert.equal(capTagNesting(html, 3), html);
  });

  test('tags deeper than the cap are dropped with their end tags, text stays (block tags leave a space)', () => {
    assert.equal(capTagNesting('<div><div><span><div>x</div></span></div></div>', 2), '<div><div> x </div></div>');
  });

  test('implied end tags do not count as nesting: a page of unclosed paragraphs and list items stays whole', () => {
    const html = '<p>one'.repeat(50) + '<ul>' + '<li>item'.repeat(50) + '</ul>';
    assert.equal(capTagNesting(html, 3), html);
  });

  test('self-closing SVG children do not nest, void elements never do', () => {
    const html = '<svg>' + '<path d="M0 0"/>'.repeat(20) + '</svg>' + '<br><hr><input>'.repeat(20) + '<p>x</p>';
    assert.equal(capTagNesting(html, 2), html);
  });

  test('script text and comments are not read as tags', () => {
    const html = '<p><script>"<div><div><div>"</script><!-- <div><div><div> --></p>';
    assert.equal(capTagNesting(html, 1), html);
  });
});
