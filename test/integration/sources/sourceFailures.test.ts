import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TutorialReaderApi } from '../../../src/extension';
import { feedServerControl } from '../../support/feedServerControl';
import { activateExtension, rowLabelled, setSources, shownChildren } from '../support/extensionApi';

const server = feedServerControl();
// A route of its own, so programming failures on it leaves the other tests' feeds alone.
const flakyPath = '/flaky/docker.xml';

suite('A failing source keeps its cached articles', () => {
  let api: TutorialReaderApi;
  let seedText: string;

  suiteSetup(async () => {
    api = await activateExtension();
    await server.reset();
    seedText = await (await fetch(server.urlOf('/docker.xml'))).text();
    await server.setResponse(flakyPath, { status: 200, body: seedText, headers: { 'content-type': 'application/rss+xml' } });
    await vscode.workspace.getConfiguration('tutorialReader').update('fetchTimeoutSeconds', 1, vscode.ConfigurationTarget.Global);
    await setSources(api, [{ url: server.urlOf(flakyPath), name: 'Flaky Docker' }]);
    assert.equal(api.store.sources()[0].feed?.items.length, 15);
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('tutorialReader').update('fetchTimeoutSeconds', undefined, vscode.ConfigurationTarget.Global);
    await server.reset();
  });

  async function refreshAndRead(): Promise<{ description: string; tooltip: string; icon: string; articles: number; contextValue?: string }> {
    await vscode.commands.executeCommand('tutorialReader.refreshSource', api.store.sources()[0].key);
    const row = await rowLabelled(api, 'Flaky Docker');
    return {
      description: row.description,
      tooltip: row.tooltip,
      icon: (row.item.iconPath as vscode.ThemeIcon).id,
      articles: (await shownChildren(api, row.node)).length,
      contextValue: row.item.contextValue,
    };
  }

  test('a server error shows an error icon, the reason in the tooltip, and the last good articles', async () => {
    await server.setResponse(flakyPath, { status: 500, body: 'boom' });
    const shown = await refreshAndRead();
    assert.equal(shown.icon, 'error');
    assert.equal(shown.contextValue, 'source-error');
    assert.match(shown.tooltip, /Last refresh failed: .*500/);
    assert.equal(shown.articles, 15);
  });

  test('garbage instead of a feed says what was found and keeps the articles', async () => {
    await server.setResponse(flakyPath, { status: 200, body: '<html><head><title>Oops</title></head><body>Maintenance</body></html>', headers: { 'content-type': 'text/html' } });
    const shown = await refreshAndRead();
    assert.equal(shown.icon, 'error');
    assert.match(shown.tooltip, /HTML page, not a feed/);
    assert.equal(shown.articles, 15);
  });

  test('a server that never answers times out with a clear message and keeps the articles', async () => {
    await server.setResponse(flakyPath, { hang: true });
    const shown = await refreshAndRead();
    assert.equal(shown.icon, 'error');
    assert.match(shown.tooltip, /within 1 s|timed out|No answer/i);
    assert.equal(shown.articles, 15);
  });

  test('the cache on disk still holds the last good feed after the failures', async () => {
    // A store that starts from the cache alone (as after a restart) sees the 15 articles.
    const source = api.store.sources()[0];
    const saved = source.feed;
    source.feed = undefined;
    await api.store.loadCached([source]);
    const items = api.store.get(source.key)?.feed?.items ?? [];
    assert.equal(items.length, 15);
    assert.deepEqual(items.map((i) => i.id), saved?.items.map((i) => i.id));
  });

  test('Retry after the server recovers clears the error', async () => {
    await server.setResponse(flakyPath, { status: 200, body: seedText, headers: { 'content-type': 'application/rss+xml' } });
    const shown = await refreshAndRead();
    assert.equal(shown.icon, 'rss');
    assert.equal(shown.contextValue, 'source');
    assert.equal(shown.description, '15 unread');
  });

  test('a download cut to a fraction of the feed is an error on the source, and the cached articles stay', async () => {
    const cut = seedText.slice(0, Math.floor(seedText.length * 0.2));
    await server.setResponse(flakyPath, { status: 200, body: cut, headers: { 'content-type': 'application/rss+xml' } });
    const shown = await refreshAndRead();
    assert.equal(shown.icon, 'error');
    assert.match(shown.tooltip, /now reads as \d+ of the 15 cached articles, from \d+% of the text, and it ends before its closing tag/);
    assert.equal(shown.articles, 15);
    // Read back from disk, as after a restart.
    const source = api.store.sources()[0];
    source.feed = undefined;
    await api.store.loadCached([source]);
    assert.equal(api.store.get(source.key)?.feed?.items.length, 15, 'the cache on disk still holds all 15');
  });

  test('a feed that really shrank (the same complete, shorter text twice) is accepted on the second refresh', async () => {
    const items = [...seedText.matchAll(/<item>[^]*?<\/item>/g)].map((m) => m[0]);
    const shrunk = seedText.replace(/<item>[^]*<\/item>/, items.slice(0, 2).join(''));
    await server.setResponse(flakyPath, { status: 200, body: shrunk, headers: { 'content-type': 'application/rss+xml' } });
    const first = await refreshAndRead();
    assert.equal(first.icon, 'error');
    assert.match(first.tooltip, /if the feed really shrank, the next refresh accepts it/);
    assert.equal(first.articles, 15);
    const second = await refreshAndRead();
    assert.equal(second.icon, 'rss');
    assert.equal(second.articles, 2);
  });
});
