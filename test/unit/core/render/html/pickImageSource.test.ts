import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseSrcset } from '../../../../../src/core/render/html/pickImageSource';

describe('parseSrcset', () => {
  test('URLs containing commas (Substack CDN) stay whole, widths are read', () => {
    const srcset = 'https://cdn.example/fetch/w_424,c_limit,f_webp/a.png 424w, https://cdn.example/fetch/w_848,c_limit,f_webp/a.png 848w';
    assert.deepEqual(parseSrcset(srcset), [
      { url: 'https://cdn.example/fetch/w_424,c_limit,f_webp/a.png', size: 424 },
      { url: 'https://cdn.example/fetch/w_848,c_limit,f_webp/a.png', size: 848 },
    ]);
  });

  test('densities rank above undescribed candidates but below any width', () => {
    assert.deepEqual(parseSrcset('a.png, b.png 2x,c.png 1.5x'), [
      { url: 'a.png', size: 0 },
      { url: 'b.png', size: 0.002 },
      { url: 'c.png', size: 0.0015 },
    ]);
  });
});
