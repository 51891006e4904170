import * as assert from 'node:assert/strict';
import { ArticleStateStore } from '../../../src/storage/articleStateStore';
import { activateExtension } from '../support/extensionApi';

suite('Read state shared between windows', () => {
  test('marks made in another window (or synced) are kept when this window marks an article', async () => {
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
});
