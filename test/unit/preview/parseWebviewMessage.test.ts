import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWebviewMessage } from '../../../src/preview/parseWebviewMessage';

const article = { sourceKey: 'src', itemId: 'item-1' };

test('known messages from the webview are accepted, naming their article', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'ready' }, 0), { type: 'ready' });
  assert.deepEqual(parseWebviewMessage({ type: 'snippetAction', action: 'copy', index: 2, article: { ...article, x: 1 }, extra: 'dropped' }, 3),
    { type: 'snippetAction', action: 'copy', index: 2, article });
  assert.deepEqual(parseWebviewMessage({ type: 'openLink', href: 'https://a.dev' }, 0), { type: 'openLink', href: 'https://a.dev' });
  assert.deepEqual(parseWebviewMessage({ type: 'fullArticle', action: 'retry', article }, 0), { type: 'fullArticle', action: 'retry', article });
  assert.deepEqual(parseWebviewMessage({ type: 'articleAction', action: 'saveSnippetsToWorkspace', article }, 0), { type: 'articleAction', action: 'saveSnippetsToWorkspace', article });
  assert.deepEqual(parseWebviewMessage({ type: 'articleAction', action: 'saveAsMarkdown', article }, 0), { type: 'articleAction', action: 'saveAsMarkdown', article });
});

test('anything else from the webview is ignored', () => {
  const rejected: unknown[] = [
    undefined, null, 'ready', 42, {}, { type: 'runCommand', command: 'workbench.action.quit' },
    { type: 'snippetAction', action: 'runInTerminal', index: 0, article },
    { type: 'snippetAction', action: 'copy', index: 3, article },
    { type: 'snippetAction', action: 'copy', index: -1, article },
    { type: 'snippetAction', action: 'copy', index: 1.5, article },
    { type: 'snippetAction', action: 'copy', index: '0', article },
    { type: 'snippetAction', action: 'copy', index: Number.NaN, article },
    { type: 'snippetAction', action: 'toString', index: 0, article },
    { type: 'snippetAction', action: 'copy', index: 0 },
    { type: 'snippetAction', action: 'copy', index: 0, article: { sourceKey: 1, itemId: 'x' } },
    { type: 'fullArticle', action: 'retry' },
    { type: 'articleAction', action: 'saveSnippetsToWorkspace' },
    { type: 'articleAction', action: 'deleteWorkspace', article },
    { type: 'fullArticle', action: 'deleteCache', article },
    { type: 'openLink', href: { toString: () => 'https://a.dev' } },
    { type: 'openLink' },
    { type: 'openLink', href: `https://a.dev/${'x'.repeat(9000)}` },
  ];
  for (const message of rejected) assert.equal(parseWebviewMessage(message, 3), undefined, JSON.stringify(message));
});
