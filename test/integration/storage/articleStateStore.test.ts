import * as assert from 'node:assert/strict';
import { ArticleStateStore } from '../../../src/storage/articleStateStore';
import { activateExtension } from '../support/extensionApi';

suite('Read state written by two stores', () => {
  test('two stores over one globalState (two windows\' writes interleaving) keep each other\'s marks', async () => {
    const api = await activateExtension();
    // Two stores over the same globalState stand for two windows open at once.
    const windowA = new ArticleStateStore(api.globalState);
    const windowB = new ArticleStateStore(api.globalState);
    const a = { sourceKey: 'shared-test', itemId: 'read-in-a' };
    const b = { sourceKey: 'shared-test', itemId: 'read-in-b' };
    await windowA.setRead([a], true);
    await windowB.setRead([b], true);
    const reloaded = new ArticleStateStore(api.globalState);
    assert.equal(reloaded.isRead(a), true, 'window A\'s mark survives window B\'s write');
    assert.equal(reloaded.isRead(b), true);
    await reloaded.setRead([a, b], false);
    for (const store of [windowA, windowB, reloaded]) store.dispose();
  });

  test('a store that reloads (as when its window gets focus back) shows the other store\'s marks and tells the tree', async () => {
    const api = await activateExtension();
    const other = new ArticleStateStore(api.globalState);
    const key = { sourceKey: 'shared-test', itemId: 'read-elsewhere' };
    let changes = 0;
    const listener = api.state.onDidChange(() => changes++);
    await other.setRead([key], true);
    assert.equal(api.state.isRead(key), false, 'not seen before the reload');
    api.state.reloadFromMemento();
    assert.equal(api.state.isRead(key), true);
    assert.equal(changes, 1, 'one change event');
    api.state.reloadFromMemento();
    assert.equal(changes, 1, 'no event when nothing changed');
    listener.dispose();
    await other.setRead([key], false);
    other.dispose();
    api.state.reloadFromMemento();
  });
});
