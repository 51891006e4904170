import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tooltipText } from '../../../src/tree/nodes/tooltipText';

test('tooltips show feed text as written: Markdown syntax is escaped, parentheses are not', () => {
  assert.equal(tooltipText('Could not reach x.org: no such host (check the address)'), 'Could not reach x\\.org: no such host (check the address)');
  assert.equal(tooltipText('**[click](command:x)** <b>'), '\\*\\*\\[click\\](command:x)\\*\\* \\<b\\>');
});
