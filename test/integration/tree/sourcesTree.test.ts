import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TutorialReaderApi } from '../../../src/extension';
import { ArticleStateStore } from '../../../src/storage/articleStateStore';
import { feedServerControl } from '../../support/feedServerControl';
import { activateExtension, rowLabelled, setSources, shownChildren } from '../support/extensionApi';

const server = feedServerControl();

const seedSources = [
  { url: 'builtin:getting-started' },
  { url: server.urlOf('/freecodecamp.xml') },
  { url: server.urlOf('/docker.xml') },
  { url: server.urlOf('/forem.xml') },
  { url: server.urlOf('/medium.xml') },
  { url: server.urlOf('/substack.xml') },
];

suite('Tutorials tree over the seed feeds', () => {
  let api: TutorialReaderApi;

  suiteSetup(async () => {
    api = await activateExtension();
    await server.reset();
    await setSources(api, seedSources);
    await vscode.commands.executeCommand('tutorialReader.markAllRead');
    await api.state.setRead(api.store.articles().map((a) => ({ sourceKey: a.sourceKey, itemId: a.item.id })), false);
  });

  test('the tree lists every source by its feed title with its unread count', async () => {
    const rows = await shownChildren(api);
    assert.deepEqual(rows.map((r) => `${r.label} — ${r.description}`), [
      'Getting Started with Tutorial Reader — 4 unread',
      'freeCodeCamp Programming Tutorials: Python, JavaScript, Git & More — 10 unread',
      'Docker - freeCodeCamp.org — 15 unread',
      'Forem: Akshat Jain — 12 unread',
      'Stories by Dr. Yaroslav Zhbankov on Medium — 10 unread',
      'Level Up Coding System Design Newsletter — 20 unread',
    ]);
  });

  test('a source lists its articles newest first, with author and age', async () => {
    const source = await rowLabelled(api, 'Forem: Akshat Jain');
    const articles = await shownChildren(api, source.node);
    assert.equal(articles.length, 12);
    const dates = api.store.articlesOf(api.store.sources()[3]).map((a) => Date.parse(a.item.published ?? ''));
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a));
    assert.match(articles[0].description, /^Akshat Jain · .+ ago$/);
  });

  test('expanding an article lists its code snippets as "language · N lines"', async () => {
    const source = await rowLabelled(api, 'Getting Started with Tutorial Reader');
    const article = await rowLabelled(api, 'Welcome: read tutorials beside your code', source.node);
    const snippets = await shownChildren(api, article.node);
    assert.deepEqual(snippets.map((s) => s.label), ['typescript · 5 lines', 'python · 11 lines']);
  });

  test('clicking a snippet opens an untitled editor with exactly its code in the right language', async () => {
    const source = await rowLabelled(api, 'Getting Started with Tutorial Reader');
    const article = await rowLabelled(api, 'Welcome: read tutorials beside your code', source.node);
    const [, python] = await shownChildren(api, article.node);
    const command = python.item.command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'python');
    assert.equal(editor.document.getText(), api.content.get((article.node as unknown as { article: Parameters<typeof api.content.get>[0] }).article).snippets[1].code);
    assert.match(editor.document.getText(), /^def fizzbuzz\(n: int\) -> str:\n/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a Forem snippet opens in the language its article marked it with', async () => {
    const source = await rowLabelled(api, 'Forem: Akshat Jain');
    for (const article of await shownChildren(api, source.node)) {
      const snippets = await shownChildren(api, article.node);
      const marked = snippets.find((s) => !s.label.startsWith('plain text'));
      if (!marked) continue;
      const command = marked.item.command!;
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>(command.command, ...(command.arguments ?? []));
      assert.equal(editor.document.languageId, marked.label.split(' · ')[0]);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      return;
    }
    assert.fail('no Forem article has a snippet with a language');
  });

  test('marking an article read updates the unread count and survives a restart of the state store', async () => {
    const source = await rowLabelled(api, 'Docker - freeCodeCamp.org');
    const [first] = await shownChildren(api, source.node);
    await vscode.commands.executeCommand('tutorialReader.markRead', first.node);
    assert.equal((await rowLabelled(api, 'Docker - freeCodeCamp.org')).description, '14 unread');
    const reread = await shownChildren(api, source.node);
    assert.equal((reread[0].item.iconPath as vscode.ThemeIcon).id, 'circle-outline');
    // A new store over the same globalState is what a window reload gets.
    const reloaded = new ArticleStateStore(api.globalState);
    const key = { sourceKey: api.store.sources()[2].key, itemId: (first.node as unknown as { article: { item: { id: string } } }).article.item.id };
    assert.equal(reloaded.isRead(key), true);
    reloaded.dispose();
    await vscode.commands.executeCommand('tutorialReader.markUnread', first.node);
    assert.equal((await rowLabelled(api, 'Docker - freeCodeCamp.org')).description, '15 unread');
  });

  test('Save for Later adds a Saved group on top; Remove from Saved takes it away', async () => {
    const source = await rowLabelled(api, 'Stories by Dr. Yaroslav Zhbankov on Medium');
    const [first] = await shownChildren(api, source.node);
    await vscode.commands.executeCommand('tutorialReader.saveArticle', first.node);
    const [saved] = await shownChildren(api);
    assert.equal(saved.label, 'Saved for Later');
    const savedArticles = await shownChildren(api, saved.node);
    assert.deepEqual(savedArticles.map((a) => a.label), [first.label]);
    await vscode.commands.executeCommand('tutorialReader.unsaveArticle', savedArticles[0].node);
    assert.notEqual((await shownChildren(api))[0].label, 'Saved for Later');
  });

  test('Mark All Read on a source marks every article of that source only', async () => {
    const medium = await rowLabelled(api, 'Stories by Dr. Yaroslav Zhbankov on Medium');
    await vscode.commands.executeCommand('tutorialReader.markAllRead', medium.node);
    assert.equal((await rowLabelled(api, 'Stories by Dr. Yaroslav Zhbankov on Medium')).description, 'all read');
    assert.equal((await rowLabelled(api, 'Forem: Akshat Jain')).description, '12 unread');
  });

  test('Copy Link puts the article link on the clipboard', async () => {
    const source = await rowLabelled(api, 'Forem: Akshat Jain');
    const [first] = await shownChildren(api, source.node);
    await vscode.commands.executeCommand('tutorialReader.copyLink', first.node);
    const link = (first.node as unknown as { article: { item: { link: string } } }).article.item.link;
    assert.match(link, /^https:\/\/(dev\.to|forem\.com)\//);
    assert.equal(await vscode.env.clipboard.readText(), link);
  });

  test('Refresh All asks again with the cached ETag: an unchanged feed keeps its articles without re-parsing', async () => {
    const forem = api.store.sources()[3];
    const feedBefore = forem.feed;
    const before = await server.requestCount('/forem.xml');
    await vscode.commands.executeCommand('tutorialReader.refreshAll');
    assert.equal(await server.requestCount('/forem.xml'), before + 1);
    assert.equal(forem.status, 'idle');
    // 304 Not Modified leaves the parsed feed object as it was; a full download would have replaced it.
    assert.equal(forem.feed, feedBefore);
  });
});

suite('Tutorials tree redraws', () => {
  test('Refresh All of six sources redraws the tree a few times, not once per source change', async () => {
    const api = await activateExtension();
    await setSources(api, seedSources);
    let storeChanges = 0;
    let redraws = 0;
    const a = api.store.onDidChange(() => storeChanges++);
    const b = api.tree.onDidChangeTreeData(() => redraws++);
    try {
      await vscode.commands.executeCommand('tutorialReader.refreshAll');
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      a.dispose();
      b.dispose();
    }
    assert.ok(storeChanges >= 12, `each source changes twice (loading, done): ${storeChanges}`);
    assert.ok(redraws >= 1, 'the tree redrew after the refresh');
    assert.ok(redraws <= storeChanges / 3, `${redraws} redraws for ${storeChanges} changes`);
  });
});
