import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TutorialReaderApi } from '../../../src/extension';
import { articleKey } from '../../../src/articles/article';
import { feedServerControl } from '../../support/feedServerControl';
import { activateExtension, setSources, waitFor } from '../support/extensionApi';

const server = feedServerControl();

/** Opens Search Articles as a user does (the command), types `text` into its pick, and returns what it lists. */
async function typeIntoSearch(api: TutorialReaderApi, text: string): Promise<{ label: string; detail?: string; source: string }[]> {
  const command = api.search.command;
  if (!command.activePick) {
    void vscode.commands.executeCommand('tutorialReader.searchArticles');
    await waitFor(() => command.activePick !== undefined && !command.activePick.busy, 'the search pick open, its index built', 30_000);
  }
  const pick = command.activePick!;
  pick.value = text;
  const labels = (items: readonly { label: string }[]) => JSON.stringify(items.map((i) => i.label));
  await waitFor(() => labels(pick.items) === labels(command.items(text)), `the pick shows the hits for "${text}"`).catch((error) => {
    throw new Error(`${error.message}: shown ${labels(pick.items)}, expected ${labels(command.items(text))}`);
  });
  return pick.items.map((item) => ({ label: item.label, detail: item.detail, source: item.article.sourceTitle }));
}

suite('Search Articles', () => {
  let api: TutorialReaderApi;

  suiteSetup(async () => {
    api = await activateExtension();
    await server.reset();
    await setSources(api, [{ url: 'builtin:getting-started' }, { url: server.urlOf('/freecodecamp.xml') }, { url: server.urlOf('/forem.xml') }, { url: server.urlOf('/substack.xml') }]);
  });

  teardown(async () => {
    api.search.command.activePick?.hide();
    await waitFor(() => api.search.command.activePick === undefined, 'the search pick closed');
  });

  test('a word from the code of an article finds it, with the matched text shown', async () => {
    const hits = await typeIntoSearch(api, 'fizzbuzz');
    assert.deepEqual(hits.map((h) => h.label), ['Welcome: read tutorials beside your code']);
    assert.match(hits[0].detail ?? '', /fizzbuzz/i, 'the excerpt shows where it matched');
  });

  test('a typo and a prefix still find it; every word must match', async () => {
    assert.deepEqual((await typeIntoSearch(api, 'fizbuzz')).map((h) => h.label), ['Welcome: read tutorials beside your code'], 'one letter missing');
    assert.ok((await typeIntoSearch(api, 'render_templ')).some((h) => h.label === 'Build a tutorial\'s project in one step'), 'the start of an identifier in code');
    assert.deepEqual(await typeIntoSearch(api, 'fizzbuzz dockerfile'), [], 'no article has both');
  });

  test('filters: lang: keeps articles with code in that language, source: one source, is:unread unread ones', async () => {
    const python = await typeIntoSearch(api, 'lang:python');
    assert.ok(python.length >= 2);
    assert.ok(python.some((h) => h.label === 'Welcome: read tutorials beside your code'));
    const fromGuide = await typeIntoSearch(api, 'source:"getting started"');
    assert.equal(fromGuide.length, 4);
    assert.ok(fromGuide.every((h) => h.source === 'Getting Started with Tutorial Reader'));
    const guide = api.store.articles().filter((a) => a.sourceTitle === 'Getting Started with Tutorial Reader');
    await api.state.setRead(guide.map(articleKey), true);
    await api.state.setRead([articleKey(guide[0])], false);
    assert.deepEqual((await typeIntoSearch(api, 'source:getting is:unread')).map((h) => h.label), [guide[0].item.title]);
  });

  test('when sources change while the search is open, what it finds follows: removed sources leave the index', async () => {
    assert.ok((await typeIntoSearch(api, 'lang:python')).some((h) => h.source !== 'Getting Started with Tutorial Reader'), 'the seed feeds have Python too');
    await setSources(api, [{ url: 'builtin:getting-started' }]);
    await waitFor(async () => (await typeIntoSearch(api, 'lang:python')).every((h) => h.source === 'Getting Started with Tutorial Reader'), 'removed sources leave the index');
  });
});
