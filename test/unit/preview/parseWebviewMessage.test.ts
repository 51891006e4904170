import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWebviewMessage } from '../../../src/preview/parseWebviewMessage';

test('known messages from the webview are accepted', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'ready' }, 0), { type: 'ready' });
  assert.deepEqual(parseWebviewMessage({ type: 'snippetAction', action: 'copy', index: 2, extra: 'dropped' }, 3), { type: 'snippetAction', action: 'copy', index: 2 });
  assert.deepEqual(parseWebviewMessage({ type: 'openLink', href: 'https://a.dev' }, 0), { type: 'openLink', href: 'https://a.dev' });
});

test('anything else from the webview is ignored', () => {
  const rejected: unknown[] = [
    undefined, null, 'ready', 42, {}, { type: 'runCommand', command: 'workbench.action.quit' },
    { type: 'snippetAction', action: 'runInTerminal', index: 0 },
    { type: 'snippetAction', action: 'copy', index: 3 },
    { type: 'snippetAction', action: 'copy', index: -1 },
    { type: 'snippetAction', action: 'copy', index: 1.5 },
    { type: 'snippetAction', action: 'copy', index: '0' },
    { type: 'snippetAction', action: 'copy', index: Number.NaN },
    { type: 'snippetAction', action: 'toString', index: 0 },
    { type: 'openLink', href: { toString: () => 'https://a.dev' } },
    { type: 'openLink' },
    { type: 'openLink', href: `https://a.dev/${'x'.repeat(9000)}` },
  ];
  for (const message of rejected) assert.equal(parseWebviewMessage(message, 3), undefined, JSON.stringify(message));
});
