import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vscode from 'vscode';
import type { TutorialReaderApi } from '../../../src/extension';
import { feedServerControl } from '../../support/feedServerControl';
import { activateExtension, setSources, shownChildren, waitFor } from '../support/extensionApi';

const server = feedServerControl();

function configuredSources(): { url: string; name?: string }[] {
  return vscode.workspace.getConfiguration('tutorialReader').get<{ url: string; name?: string }[]>('sources') ?? [];
}

suite('Managing sources', () => {
  let api: TutorialReaderApi;

  suiteSetup(async () => {
    api = await activateExtension();
    await server.reset();
    await setSources(api, [{ url: server.urlOf('/forem.xml') }]);
  });

  test('Add Source given a web page finds the feed the page links to', async () => {
    const added = await vscode.commands.executeCommand<string>('tutorialReader.addSource', server.urlOf('/site/'));
    assert.ok(added, 'a feed URL was added');
    assert.notEqual(added, server.urlOf('/site/'));
    assert.deepEqual(configuredSources().map((s) => s.url), [server.urlOf('/forem.xml'), added]);
    await waitFor(() => api.store.sources().length === 2 && !!api.store.sources()[1].feed, 'the discovered feed loaded');
    assert.ok((await shownChildren(api)).length === 2);
  });

  test('Add Source refuses an address that is not a URL and leaves the sources alone', async () => {
    const before = configuredSources();
    const added = await vscode.commands.executeCommand<string | undefined>('tutorialReader.addSource', 'ftp://example.com/feed');
    assert.equal(added, undefined);
    assert.deepEqual(configuredSources(), before);
  });

  test('Add Source refuses a feed that is already subscribed', async () => {
    const before = configuredSources();
    const added = await vscode.commands.executeCommand<string | undefined>('tutorialReader.addSource', server.urlOf('/forem.xml'));
    assert.equal(added, undefined);
    assert.deepEqual(configuredSources(), before);
  });

  test('Add Source on a dead URL says so and adds nothing', async () => {
    const before = configuredSources();
    const added = await vscode.commands.executeCommand<string | undefined>('tutorialReader.addSource', server.urlOf('/error/500'));
    assert.equal(added, undefined);
    assert.deepEqual(configuredSources(), before);
  });

  test('Add Source follows a moved feed (redirect) and accepts a local file path', async () => {
    await server.setResponse('/moved/substack.xml', { status: 301, headers: { location: '/substack.xml' }, body: '' });
    const redirected = await vscode.commands.executeCommand<string>('tutorialReader.addSource', server.urlOf('/moved/substack.xml'));
    assert.equal(redirected, server.urlOf('/substack.xml'));
    const local = path.join(os.tmpdir(), `tutorial-reader-local-${Date.now()}.xml`);
    fs.writeFileSync(local, await (await fetch(server.urlOf('/medium.xml'))).text());
    const addedLocal = await vscode.commands.executeCommand<string>('tutorialReader.addSource', local);
    assert.ok(addedLocal);
    await waitFor(() => api.store.sources().some((s) => s.config.url === addedLocal && s.feed?.items.length === 10), 'the local Medium feed loaded');
  });

  test('Rename Source changes the name shown in the tree; an empty name goes back to the feed title', async () => {
    const forem = api.store.sources()[0];
    await vscode.commands.executeCommand('tutorialReader.renameSource', forem.key, 'Akshat on Forem');
    await waitFor(async () => (await shownChildren(api))[0].label === 'Akshat on Forem', 'renamed row');
    assert.equal(configuredSources()[0].name, 'Akshat on Forem');
    await vscode.commands.executeCommand('tutorialReader.renameSource', api.store.sources()[0].key, '');
    await waitFor(async () => (await shownChildren(api))[0].label === 'Forem: Akshat Jain', 'feed title back');
  });

  test('Export OPML then Import OPML into an empty list brings every source back', async () => {
    const file = vscode.Uri.file(path.join(os.tmpdir(), `tutorial-reader-${Date.now()}.opml`));
    // OPML carries URLs, so a source added as a local path comes back as its file: URL.
    const before = configuredSources().map((s) => (path.isAbsolute(s.url) ? pathToFileURL(s.url).href : s.url));
    await vscode.commands.executeCommand('tutorialReader.exportOpml', file);
    assert.match(fs.readFileSync(file.fsPath, 'utf8'), /<opml version="2.0">/);
    await setSources(api, []);
    const imported = await vscode.commands.executeCommand<number>('tutorialReader.importOpml', file);
    assert.equal(imported, before.length);
    assert.deepEqual(configuredSources().map((s) => s.url), before);
  });

  test('Remove Source drops it from settings and the tree', async () => {
    const [first] = api.store.sources();
    const removed = await vscode.commands.executeCommand<boolean>('tutorialReader.removeSource', first.key, true);
    assert.equal(removed, true);
    assert.ok(!configuredSources().some((s) => s.url === first.config.url));
    assert.ok(!api.store.sources().some((s) => s.key === first.key));
  });

  test('a hand-edited sources setting with mistakes keeps the valid sources and breaks nothing', async () => {
    await vscode.workspace.getConfiguration('tutorialReader').update('sources', [
      { url: server.urlOf('/forem.xml') }, 42, { name: 'no url' }, { url: 'not a url at all' }, { url: server.urlOf('/forem.xml') },
    ], vscode.ConfigurationTarget.Global);
    await waitFor(() => api.store.sources().length === 1 && !!api.store.sources()[0].feed, 'only the valid source');
    assert.equal((await shownChildren(api))[0].label, 'Forem: Akshat Jain');
  });
});
