import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../../../src/core/render/renderMarkdown';

test('file names in prose stay text: app.py and main.rs are not links to country domains', () => {
  assert.equal(renderMarkdown('Save it as app.py, then edit main.rs.'), '<p>Save it as app.py, then edit main.rs.</p>\n');
});
