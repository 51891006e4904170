import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Article } from '../../../src/articles/article';
import type { TutorialReaderApi } from '../../../src/extension';
import { Commands, Settings } from '../../../src/ids';
import type { ArticlePreview } from '../../../src/preview/articlePreview';
import { feedServerControl } from '../../support/feedServerControl';
import { activateExtension, rowLabelled, setSources, shownChildren, waitFor } from '../support/extensionApi';

const server = feedServerControl();
const pagesDir = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'pages');
interface ExpectedPage { title: string; codeBlocks: { lang: string; code: string }[] }
const expected = JSON.parse(fs.readFileSync(path.join(pagesDir, 'expected.json'), 'utf8')) as Record<string, ExpectedPage>;
/** The stacks whose pages the teaser feed links to. */
const stacks = ['wordpress-syntaxhighlighter', 'wordpress-gutenberg', 'ghost', 'hugo-chroma', 'jekyll-rouge', 'docusaurus', 'medium'];
const feedPath = '/teasers/feed.xml';

/** A summary-only feed, as WordPress, Ghost and Hugo sites set up with excerpts publish it. */
function teaserFeed(entries: { name: string; title: string }[]): string {
  const items = entries.map(({ name, title }) => `<item><title>${title}</title><link>${server.urlOf(`/pages/${name}.html`)}</link>`
    + `<guid isPermaLink="false">teaser-${name}</guid><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate>`
    + '<description>A short teaser for the tutorial, as the feed carries it. Continue reading &#8230;</description></item>').join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Teaser Tutorials</title><link>${server.url}/</link>${items}</channel></rss>`;
}

const failures: { name: string; title: string; program: () => Promise<void>; reason: RegExp }[] = [
  { name: 'not-found', title: 'A page that is gone', program: () => server.setResponse('/pages/not-found.html', { status: 404, body: 'Not Found', headers: { 'content-type': 'text/html' } }), reason: /404/ },
  { name: 'login-wall', title: 'Members only', program: () => servePage('login-wall'), reason: /no readable article/ },
  { name: 'slow', title: 'A server that never answers', program: () => server.setResponse('/pages/slow.html', { hang: true }), reason: /No answer from 127\.0\.0\.1:\d+ within 1 s/ },
  { name: 'huge', title: 'A 5 MB page', program: () => server.setResponse('/pages/huge.html', { body: `<html><body><p>${'x'.repeat(5 * 1024 * 1024)}</p></body></html>`, headers: { 'content-type': 'text/html' } }), reason: /Page is larger than 4 MB/ },
  { name: 'elsewhere', title: 'Sent to another site', program: () => server.setResponse('/pages/elsewhere.html', { status: 302, headers: { location: server.urlOf('/pages/ghost.html').replace('127.0.0.1', 'localhost') }, body: '' }), reason: /sent the page to another site \(localhost:\d+\)/ },
];

function servePage(name: string): Promise<void> {
  return server.setResponse(`/pages/${name}.html`, { body: fs.readFileSync(path.join(pagesDir, `${name}.html`), 'utf8'), headers: { 'content-type': 'text/html; charset=utf-8' } });
}

suite('Full articles for summary-only feeds', () => {
  let api: TutorialReaderApi;
  const byName = new Map<string, Article>();

  suiteSetup(async function () {
    this.timeout(60_000);
    api = await activateExtension();
    await vscode.workspace.getConfiguration(Settings.section).update(Settings.fetchTimeoutSeconds, 1, vscode.ConfigurationTarget.Global);
    for (const name of stacks) await servePage(name);
    for (const failure of failures) await failure.program();
    await server.setResponse(feedPath, {
      body: teaserFeed([...stacks.map((name) => ({ name, title: expected[`${name}.html`].title })), ...failures]),
      headers: { 'content-type': 'application/rss+xml' },
    });
    // Marked read first, so the refresh's background prefetch leaves the pages for the preview to fetch.
    await setSources(api, [{ url: server.urlOf(feedPath), fullArticle: 'never' } as { url: string }]);
    for (const article of api.store.articles()) byName.set(article.item.id.replace('teaser-', ''), article);
    await api.state.setRead([...byName.values()].map((a) => ({ sourceKey: a.sourceKey, itemId: a.item.id })), true);
    await setSources(api, [{ url: server.urlOf(feedPath) }]);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration(Settings.section).update(Settings.fetchTimeoutSeconds, undefined, vscode.ConfigurationTarget.Global);
    await server.reset();
  });

  async function openPreview(article: Article): Promise<ArticlePreview> {
    const preview = await vscode.commands.executeCommand<ArticlePreview>(Commands.openPreview, article);
    await waitFor(() => !['pending', 'loading'].includes(api.fullArticles.state(article).kind), `the page of ${article.item.title}`);
    await waitFor(() => preview.isReady, 'the preview to render');
    return preview;
  }

  for (const name of stacks) {
    test(`${name}: the preview shows the full article with every code block in its language, and the tree gains its snippets`, async () => {
      const article = byName.get(name) as Article;
      assert.ok(api.fullArticles.wanted(article), 'the teaser is recognised as one');
      const preview = await openPreview(article);
      const state = api.fullArticles.state(article);
      assert.equal(state.kind, 'full', `state: ${JSON.stringify(state)}`);
      const html = preview.panel.webview.html;
      assert.match(html, /Full article from 127\.0\.0\.1/);
      assert.doesNotMatch(html, /A short teaser for the tutorial/);
      const { snippets } = api.content.get(article);
      assert.deepEqual(snippets.map((s) => [s.lang, s.code]), expected[`${name}.html`].codeBlocks.map((b) => [b.lang, b.code]));
      assert.equal((html.match(/<pre[^>]*data-snippet=/g) ?? []).length, expected[`${name}.html`].codeBlocks.length);
      const source = await rowLabelled(api, 'Teaser Tutorials');
      const row = await rowLabelled(api, article.item.title, source.node);
      assert.equal(row.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
      assert.equal((await shownChildren(api, row.node)).length, expected[`${name}.html`].codeBlocks.length);
    });
  }

  test('the extracted article is cached on disk and reused with the page server gone', async () => {
    const article = byName.get('ghost') as Article;
    await openPreview(article);
    await server.setResponse('/pages/ghost.html', { status: 500, body: 'down' });
    // As after a window reload: no panel, nothing in memory, only what is on disk.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    api.fullArticles.forgetLoaded();
    const before = await server.requestCount('/pages/ghost.html');
    const preview = await openPreview(article);
    assert.equal(api.fullArticles.state(article).kind, 'full');
    assert.match(preview.panel.webview.html, /Full article from 127\.0\.0\.1/);
    assert.equal(await server.requestCount('/pages/ghost.html'), before, 'no request was made for the cached page');
    await servePage('ghost');
  });

  test('"Show feed text" switches the preview to the feed\'s own text and back', async () => {
    const article = byName.get('hugo-chroma') as Article;
    const preview = await openPreview(article);
    api.fullArticles.setShowFeedText(article, true);
    await waitFor(() => /A short teaser for the tutorial/.test(preview.panel.webview.html), 'the feed text');
    assert.match(preview.panel.webview.html, /Show full article from 127\.0\.0\.1/);
    api.fullArticles.setShowFeedText(article, false);
    await waitFor(() => /Full article from 127\.0\.0\.1/.test(preview.panel.webview.html), 'the full article again');
  });

  for (const failure of failures) {
    test(`${failure.name}: the preview shows the feed's summary, the reason and Retry; the feed's articles stay`, async () => {
      const article = byName.get(failure.name) as Article;
      const count = api.store.articles().length;
      const preview = await openPreview(article);
      const html = preview.panel.webview.html;
      assert.match(html, /A short teaser for the tutorial/);
      assert.match(html, failure.reason);
      assert.match(html, /data-full-article="retry"/);
      assert.equal(api.store.articles().length, count);
      assert.equal(api.store.sources()[0].status, 'idle', 'the source itself shows no error');
    });
  }

  test('Retry once the page is back shows the full article in place of the failure', async () => {
    const article = byName.get('not-found') as Article;
    const preview = await openPreview(article);
    assert.equal(api.fullArticles.state(article).kind, 'failed');
    await servePage('jekyll-rouge');
    await server.setResponse('/pages/not-found.html', { body: fs.readFileSync(path.join(pagesDir, 'jekyll-rouge.html'), 'utf8'), headers: { 'content-type': 'text/html' } });
    // What the Retry button sends: a manual load.
    await api.fullArticles.load(article, { manual: true });
    assert.equal(api.fullArticles.state(article).kind, 'full');
    await waitFor(() => /Full article from 127\.0\.0\.1/.test(preview.panel.webview.html), 'the re-rendered preview');
  });

  test('a refresh fetches unread teasers\' pages in the background, two at a time, and none from a host that now backs off', async function () {
    this.timeout(20_000);
    const hanging = ['h1', 'h2', 'h3', 'h4'];
    for (const name of hanging) await server.setResponse(`/pages/${name}.html`, { hang: true });
    const entries = [...stacks.map((name) => ({ name, title: expected[`${name}.html`].title })), ...failures, ...hanging.map((name) => ({ name, title: `Hanging ${name}` }))];
    await server.setResponse(feedPath, { body: teaserFeed(entries), headers: { 'content-type': 'application/rss+xml' } });
    // A manual refresh that succeeds also ends any backoff an earlier test's timeout started for the server's host.
    await vscode.commands.executeCommand(Commands.refreshSource, api.store.sources()[0].key);
    const requested = async () => (await Promise.all(hanging.map((name) => server.requestCount(`/pages/${name}.html`)))).reduce((a, b) => a + b, 0);
    await waitFor(async () => (await requested()) >= 2, 'two page requests');
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(await requested(), 2, 'only two pages are fetched while both hang');
    // Both time out after 1 s, so the host backs off: the two waiting pages are not fetched in the background.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    assert.equal(await requested(), 2, 'no background fetch goes to a host that backs off');
    // Leave nothing hanging or backing off for the suites that follow.
    for (const name of hanging) await server.setResponse(`/pages/${name}.html`, { status: 404, body: '' });
    await vscode.commands.executeCommand(Commands.refreshSource, api.store.sources()[0].key);
  });
});
