import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hideImages } from '../../../src/preview/hideImages';

test('text-only mode shows each image as its alt text', () => {
  assert.equal(
    hideImages('<p>Look: <img src="https://a.dev/x.png" alt="A &quot;diagram&quot; &amp; more" loading="lazy" referrerpolicy="no-referrer"> here</p>'),
    '<p>Look: <span class="image-placeholder">[image: A &quot;diagram&quot; &amp; more]</span> here</p>',
  );
});

test('an image without alt text still shows that an image was there', () => {
  assert.equal(hideImages('<img src="https://a.dev/x.png" alt="">'), '<span class="image-placeholder">[image]</span>');
});

test('no img tag survives text-only mode', () => {
  const html = '<a href="https://a.dev"><img src="https://a.dev/1.png" alt="one"></a><IMG SRC="https://a.dev/2.png" alt="two">';
  assert.equal(hideImages(html), '<a href="https://a.dev"><span class="image-placeholder">[image: one]</span></a><span class="image-placeholder">[image: two]</span>');
});
