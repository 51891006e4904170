import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { describeSnippetUse, MAX_ARTICLES_WITH_USES, parseSnippetUses, withSnippetUse } from '../../../../src/core/storage/snippetUses';

describe('snippet uses (stored with the read marks, synced)', () => {
  test('a save is remembered through later copies, and the tooltip says both', () => {
    let uses = withSnippetUse([], 'a', 2, { kind: 'saved', savedAs: 'src/app.py' });
    uses = withSnippetUse(uses, 'a', 2, { kind: 'copied' });
    assert.deepEqual(uses, [['a', { 2: { kind: 'copied', savedAs: 'src/app.py' } }]]);
    assert.equal(describeSnippetUse(uses[0][1][2]), 'Saved as src/app.py, then copied');
    assert.equal(describeSnippetUse({ kind: 'saved', savedAs: 'Dockerfile' }), 'Saved as Dockerfile');
    assert.equal(describeSnippetUse({ kind: 'sent' }), 'Sent to the terminal');
  });

  test('the article used last moves to the end and the oldest fall off past the limit', () => {
    let uses = withSnippetUse([], 'first', 0, { kind: 'opened' });
    for (let i = 0; i < MAX_ARTICLES_WITH_USES; i++) uses = withSnippetUse(uses, `article-${i}`, 0, { kind: 'copied' });
    assert.equal(uses.length, MAX_ARTICLES_WITH_USES);
    assert.equal(uses.some(([key]) => key === 'first'), false);
    uses = withSnippetUse(uses, 'article-0', 1, { kind: 'inserted' });
    assert.equal(uses[uses.length - 1][0], 'article-0');
    assert.deepEqual(Object.keys(uses[uses.length - 1][1]), ['0', '1']);
  });

  test('whatever a sync or an old version left is read without throwing; only well-formed uses are kept', () => {
    for (const raw of [undefined, null, 3, 'x', {}, [[1, {}]], [['a', null]], [['a', { x: { kind: 'copied' } }]], [['a', { 0: { kind: 'deleted' } }]]]) {
      assert.deepEqual(parseSnippetUses(raw), [], JSON.stringify(raw));
    }
    assert.deepEqual(parseSnippetUses([['a', { 0: { kind: 'saved', savedAs: 'x.py' }, 1: { kind: 'sent', savedAs: 5 } }]]), [['a', { 0: { kind: 'saved', savedAs: 'x.py' }, 1: { kind: 'sent' } }]]);
  });
});
