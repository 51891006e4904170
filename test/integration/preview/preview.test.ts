import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { articleKey, type Article } from '../../../src/articles/article';
import type { Snippet } from '../../../src/core/model';
import { languageIdFor } from '../../../src/core/snippets/languages';
import { Commands, Settings } from '../../../src/ids';
import type { ArticlePreview } from '../../../src/preview/articlePreview';
import { SnippetCommands, previewViewType } from '../../../src/ids';
import { isShellSnippet } from '../../../src/snippets/terminalText';
import { feedServerControl } from '../../support/feedServerControl';
import { previewTestApi, type PreviewTestApi } from './previewTestApi';

const hostileFixture = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'hostile', 'hostile.rss');

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(Settings.section);
}

async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

suite('Article preview', () => {
  let api: PreviewTestApi;
  /** A Docker tutorial with a shell block and a block in another language. */
  let article: Article;
  let shellSnippet: Snippet;
  let otherSnippet: Snippet;
  let hostile: Article;

  suiteSetup(async function () {
    this.timeout(60_000);
    api = await previewTestApi();
    const feeds = feedServerControl();
    await feeds.setResponse('/hostile.xml', { body: fs.readFileSync(hostileFixture, 'utf8'), headers: { 'content-type': 'application/rss+xml' } });
    await config().update(Settings.sources, [{ url: feeds.urlOf('/docker.xml') }, { url: feeds.urlOf('/hostile.xml') }], vscode.ConfigurationTarget.Global);
    const candidates = await waitFor('the seed and hostile feeds to load', () => {
      const articles = api.store.articles();
      return articles.some((a) => a.item.id === 'hostile-1') && articles.length > 1 && articles;
    }, 45_000);
    hostile = candidates.find((a) => a.item.id === 'hostile-1') as Article;
    const withBoth = candidates.find((a) => {
      const { snippets } = api.content.get(a);
      return snippets.some((s) => isShellSnippet(s)) && snippets.some((s) => s.lang && !isShellSnippet(s));
    });
    assert.ok(withBoth, 'no seed article has both a shell block and another language block');
    article = withBoth;
    const { snippets } = api.content.get(article);
    shellSnippet = snippets.find((s) => isShellSnippet(s)) as Snippet;
    otherSnippet = snippets.find((s) => s.lang && !isShellSnippet(s)) as Snippet;
  });

  teardown(async () => {
    await closeAllEditors();
    await config().update(Settings.previewReuse, undefined, vscode.ConfigurationTarget.Global);
    await config().update(Settings.previewShowImages, undefined, vscode.ConfigurationTarget.Global);
    await config().update(Settings.previewFontSize, undefined, vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await config().update(Settings.sources, undefined, vscode.ConfigurationTarget.Global);
  });

  async function open(arg: unknown): Promise<ArticlePreview> {
    const preview = await vscode.commands.executeCommand<ArticlePreview | undefined>(Commands.openPreview, arg);
    assert.ok(preview, 'openPreview returned no preview');
    await waitFor('the preview script to say ready', () => preview.isReady);
    return preview;
  }

  test('opening an article shows it in a panel titled with the article, beside the editor, and marks it read', async () => {
    await api.state.setRead([articleKey(article)], false);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: 'my code' }), vscode.ViewColumn.One);
    const preview = await open(article);
    assert.equal(preview.panel.viewType, previewViewType);
    assert.equal(preview.panel.title, article.item.title);
    assert.equal(preview.panel.viewColumn, vscode.ViewColumn.Two);
    assert.equal(vscode.window.activeTextEditor?.document.getText(), 'my code', 'the editor keeps the focus');
    assert.equal(api.state.isRead(articleKey(article)), true);
    assert.ok(preview.panel.webview.html.includes('<h1 class="article-title">'));
    assert.deepEqual(preview.panel.webview.options.localResourceRoots?.map((u) => path.basename(u.path)), ['media', 'dist']);
    assert.equal(preview.panel.webview.options.enableCommandUris, false);
    assert.equal(preview.panel.webview.options.enableForms, false);
  });

  test('a tree node carrying an article opens it too', async () => {
    const preview = await open({ article });
    assert.equal(preview.panel.title, article.item.title);
  });

  test('with reuse on, the next article replaces the previous one in the same panel', async () => {
    const first = await open(article);
    const second = await open(hostile);
    assert.equal(second, first);
    assert.equal(api.previews.previews.length, 1);
    assert.equal(second.panel.title, hostile.item.title);
  });

  test('with reuse off, each article gets its own panel, and opening one again reveals it', async () => {
    await config().update(Settings.previewReuse, false, vscode.ConfigurationTarget.Global);
    const first = await open(article);
    const second = await open(hostile);
    assert.notEqual(second, first);
    assert.equal(api.previews.previews.length, 2);
    const again = await open(article);
    assert.equal(again, first);
    assert.equal(api.previews.previews.length, 2);
  });

  test('from the palette without an article, the active preview is shown again; with none, nothing opens', async () => {
    const preview = await open(article);
    assert.equal(await vscode.commands.executeCommand(Commands.openPreview), preview);
    await closeAllEditors();
    assert.equal(await vscode.commands.executeCommand(Commands.openPreview), undefined);
    assert.equal(api.previews.previews.length, 0);
  });

  test('Open in Editor opens the code in an untitled editor in its language', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(SnippetCommands.openInEditor, { articleKey: articleKey(article), index: otherSnippet.index });
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.getText(), otherSnippet.code);
    // The fence word (`js`, `dockerfile`…) maps to one VS Code id, which this VS Code knows.
    const expected = languageIdFor(otherSnippet.lang);
    assert.ok((await vscode.languages.getLanguages()).includes(expected), `${expected} is a language of this VS Code`);
    assert.equal(editor.document.languageId, expected);
  });

  test('Copy puts the code on the clipboard', async () => {
    await vscode.env.clipboard.writeText('before');
    await vscode.commands.executeCommand(SnippetCommands.copy, { articleKey: articleKey(article), index: shellSnippet.index });
    assert.equal(await vscode.env.clipboard.readText(), shellSnippet.code);
  });

  test('Insert at Cursor inserts into the editor used last, even after the preview took focus', async () => {
    const document = await vscode.workspace.openTextDocument({ content: 'before\nafter\n' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    const preview = await open(article);
    preview.panel.reveal(undefined, false);
    await waitFor('the preview to take focus', () => preview.panel.active);
    await vscode.commands.executeCommand(SnippetCommands.insertAtCursor, { articleKey: articleKey(article), index: otherSnippet.index });
    assert.equal(document.getText(), `before\n${otherSnippet.code}after\n`);
  });

  test('Save to File writes the code to the file chosen in the save dialog, suggesting a name in the workspace', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder, 'the tests run with a workspace folder');
    let offered: vscode.SaveDialogOptions | undefined;
    const target = vscode.Uri.joinPath(folder, 'saved-snippet.txt');
    const realDialog = api.previewApi.snippetActions.saveDialog;
    api.previewApi.snippetActions.saveDialog = async (options) => {
      offered = options;
      return target;
    };
    try {
      const saved = await vscode.commands.executeCommand<vscode.Uri>(SnippetCommands.saveToFile, { articleKey: articleKey(article), index: otherSnippet.index });
      assert.equal(saved?.toString(), target.toString());
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), `${otherSnippet.code}\n`);
      assert.equal(path.posix.dirname(offered?.defaultUri?.path ?? ''), folder.path);
      assert.match(path.posix.basename(offered?.defaultUri?.path ?? ''), /\.\w+$/);
    } finally {
      api.previewApi.snippetActions.saveDialog = realDialog;
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  test('Save to File writes nothing when the dialog is cancelled', async () => {
    const realDialog = api.previewApi.snippetActions.saveDialog;
    api.previewApi.snippetActions.saveDialog = async () => undefined;
    try {
      assert.equal(await vscode.commands.executeCommand(SnippetCommands.saveToFile, { articleKey: articleKey(article), index: otherSnippet.index }), undefined);
    } finally {
      api.previewApi.snippetActions.saveDialog = realDialog;
    }
  });

  test('Send to Terminal puts shell commands into a terminal it shows, and refuses code that is not shell (what reaches the shell: sendToTerminal.test.ts)', async () => {
    const terminal = await vscode.commands.executeCommand<vscode.Terminal>(SnippetCommands.sendToTerminal, { articleKey: articleKey(article), index: shellSnippet.index });
    assert.ok(terminal, 'no terminal was used');
    await waitFor('the terminal to become active', () => vscode.window.activeTerminal === terminal);
    assert.equal(await vscode.commands.executeCommand(SnippetCommands.sendToTerminal, { articleKey: articleKey(article), index: otherSnippet.index }), undefined);
    terminal.dispose();
  });

  test('a click sent by the previous article\'s page after the panel switched articles does nothing; one from the shown article acts', async () => {
    const preview = await open(article);
    const previous = { sourceKey: article.sourceKey, itemId: article.item.id };
    preview.show(hostile);
    await waitFor('the hostile article to render', () => preview.isReady && preview.article === hostile);
    await vscode.env.clipboard.writeText('untouched');
    await preview.handleMessage({ type: 'snippetAction', action: 'copy', index: 0, article: previous });
    assert.equal(await vscode.env.clipboard.readText(), 'untouched', 'the stale click copied nothing');
    await preview.handleMessage({ type: 'snippetAction', action: 'copy', index: 0, article: { sourceKey: hostile.sourceKey, itemId: hostile.item.id } });
    assert.equal(await vscode.env.clipboard.readText(), api.content.get(hostile).snippets[0].code);
  });

  test('Open as Markdown shows the converted Markdown as an untitled Markdown document', async () => {
    await open(article);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(Commands.openAsMarkdown);
    assert.equal(editor.document.languageId, 'markdown');
    assert.equal(editor.document.getText(), api.content.get(article).markdown);
  });

  test('changing the font size or hiding images re-renders open previews', async () => {
    const preview = await open(article);
    const before = preview.renderCount;
    await config().update(Settings.previewFontSize, 19, vscode.ConfigurationTarget.Global);
    await waitFor('a re-render', () => preview.renderCount > before);
    assert.ok(preview.panel.webview.html.includes('body { font-size: 19px;'));
    const withImages = preview.renderCount;
    await config().update(Settings.previewShowImages, false, vscode.ConfigurationTarget.Global);
    await waitFor('a re-render', () => preview.renderCount > withImages);
    assert.ok(!/<img\b/.test(preview.panel.webview.html));
    assert.ok(preview.panel.webview.html.includes("img-src &#39;none&#39;"));
  });

  test('a preview restored after a reload shows its article again, or says it is gone', async () => {
    const panel = vscode.window.createWebviewPanel(previewViewType, 'restoring', vscode.ViewColumn.One);
    await api.previews.deserializeWebviewPanel(panel, { ...articleKey(article), scrollY: 120 });
    const restored = await waitFor('the restored preview', () => api.previews.previews.find((p) => p.panel === panel));
    assert.equal(panel.title, article.item.title);
    assert.equal(restored.article?.item.id, article.item.id);

    const gonePanel = vscode.window.createWebviewPanel(previewViewType, 'restoring', vscode.ViewColumn.One);
    await api.previews.deserializeWebviewPanel(gonePanel, { sourceKey: 'gone', itemId: 'gone', scrollY: 0 });
    assert.equal(gonePanel.title, 'Article not available');
    assert.ok(gonePanel.webview.html.includes('<h1>This article is not available</h1>'));
  });

  test('a hostile article renders with our script only, under a nonce CSP, with its markup as text', async () => {
    const preview = await open(hostile);
    const html = preview.panel.webview.html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; img-src https: data:; style-src [^;]+ 'nonce-([^']+)'; script-src 'nonce-\1'; font-src [^;]+$/);
    assert.equal(nonce.length >= 24, true, `nonce ${nonce}`);
    assert.match(html, new RegExp(`<script nonce="${nonce.replace(/[+/]/g, '\\$&')}" src="[^"]+/media/preview\\.js"></script>`));
    assert.equal(html.match(/<script\b/gi)?.length, 1);
    for (const forbidden of [/<form\b/i, /<iframe\b/i, /<object\b/i, /<embed\b/i, /<svg\b/i, /<meta http-equiv="refresh"/i, /<base\b/i, /\son\w+="/i, /style="/i, /href="(?:javascript|command|data|vscode):/i]) {
      assert.doesNotMatch(html, forbidden);
    }
    assert.doesNotMatch(html, /Read the original/, 'its javascript: link to the original is not offered');
    assert.equal(preview.panel.title, hostile.item.title);
  });
});
