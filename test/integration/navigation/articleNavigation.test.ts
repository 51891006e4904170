import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Article } from '../../../src/articles/article';
import type { TutorialReaderApi } from '../../../src/extension';
import { activateExtension, rowLabelled, setSources, shownChildren, waitFor } from '../support/extensionApi';

const SOURCE = 'Getting Started with Tutorial Reader';
const TITLES = ['Welcome: read tutorials beside your code', 'Subscribe to the tutorials you like', 'Run a tutorial\'s commands safely', 'Build a tutorial\'s project in one step'];

suite('Next / Previous / Next Unread article', () => {
  let api: TutorialReaderApi;

  suiteSetup(async () => {
    api = await activateExtension();
    await setSources(api, [{ url: 'builtin:getting-started' }]);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const shownTitle = () => api.preview.previews.activePreview?.article?.item.title;
  const selectedTitle = () => (api.tree.view.selection[0] as { article?: Article } | undefined)?.article?.item.title;

  async function articles(): Promise<Article[]> {
    const source = await rowLabelled(api, SOURCE);
    return (await shownChildren(api, source.node)).map((row) => (row.node as unknown as { article: Article }).article);
  }

  test('from the preview, j-style Next walks the source in the tree\'s order; the preview follows in one panel and the tree selects the row', async () => {
    await vscode.commands.executeCommand(`${'tutorialReader.sources'}.focus`);
    const [first] = await articles();
    await vscode.commands.executeCommand('tutorialReader.openPreview', first);
    const panel = api.preview.previews.activePreview?.panel;
    for (const title of TITLES.slice(1)) {
      await vscode.commands.executeCommand('tutorialReader.nextArticle');
      assert.equal(shownTitle(), title);
      await waitFor(() => selectedTitle() === title, `the tree selects "${title}"`);
    }
    assert.equal(api.preview.previews.previews.length, 1, 'one panel all along');
    assert.equal(api.preview.previews.activePreview?.panel, panel);
    assert.equal(await vscode.commands.executeCommand('tutorialReader.nextArticle'), undefined, 'nothing after the last article');
    assert.equal(shownTitle(), TITLES[3]);
    await vscode.commands.executeCommand('tutorialReader.previousArticle');
    assert.equal(shownTitle(), TITLES[2]);
  });

  test('from the tree (keybinding args), Next starts at the selected row, not at the preview', async () => {
    await vscode.commands.executeCommand(`${'tutorialReader.sources'}.focus`);
    const list = await articles();
    await vscode.commands.executeCommand('tutorialReader.openPreview', list[3]);
    await api.tree.revealArticle(list[0], { focus: true });
    await waitFor(() => selectedTitle() === TITLES[0], 'the first row selected');
    await vscode.commands.executeCommand('tutorialReader.nextArticle', { from: 'tree' });
    assert.equal(shownTitle(), TITLES[1]);
  });

  test('Next Unread skips read articles and wraps round; with none left it stays put', async () => {
    const list = await articles();
    const keys = list.map((a) => ({ sourceKey: a.sourceKey, itemId: a.item.id }));
    await api.state.setRead(keys, true);
    await api.state.setRead([keys[1]], false);
    await vscode.commands.executeCommand('tutorialReader.openPreview', list[2]);
    await vscode.commands.executeCommand('tutorialReader.nextUnreadArticle');
    assert.equal(shownTitle(), TITLES[1], 'wrapped round past the end to the only unread one');
    assert.equal(api.state.isRead(keys[1]), true, 'opening it marked it read');
    assert.equal(await vscode.commands.executeCommand('tutorialReader.nextUnreadArticle'), undefined);
    assert.equal(shownTitle(), TITLES[1]);
    await api.state.setRead(keys, false);
  });
});
