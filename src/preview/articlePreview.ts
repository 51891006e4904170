import * as vscode from 'vscode';
import { articleKey, type Article } from '../articles/article';
import type { ArticleContent, ArticleContentCache } from '../articles/articleContent';
import type { FullArticles, FullArticleState } from '../articles/fullArticles';
import { articleKeyString, type ArticleKey } from '../storage/articleStateStore';
import type { SnippetActions } from '../snippets/snippetActions';
import type { ArticleAction, FromWebviewMessage, GuessedBlock, SnippetAction, ToWebviewMessage } from '../../types/previewMessaging';
import { Commands } from '../ids';
import { isPlainText } from '../core/snippets/languages';
import { describeSnippets } from '../snippets/snippetLanguages';
import { isShellSnippet } from '../snippets/terminalText';
import { Disposable } from '../util/dispose';
import { contentEngine } from '../articles/contentEngine';
import { parseWebviewMessage } from './parseWebviewMessage';
import { buildMessageHtml, type FullArticleNotice, type PreviewResources } from './previewHtml';
import { isWebLink } from '../core/security/urlPolicy';
import { readPreviewSettings } from './previewSettings';

export interface ArticlePreviewDeps {
  readonly extensionUri: vscode.Uri;
  readonly contentCache: ArticleContentCache;
  readonly fullArticles: FullArticles;
  readonly snippetActions: SnippetActions;
  findArticle(key: ArticleKey): Article | undefined;
}

/** Settings changes arrive in bursts (typing a font size); re-render once they settle. */
const REFRESH_DELAY_MS = 300;

/** The webview options every preview panel gets, new or restored: our script only, nothing else. */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
  };
}

/** One preview panel: renders an article into its webview and answers the webview's messages. */
export class ArticlePreview extends Disposable {
  private readonly _onDidDispose = this._register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this._onDidDispose.event;
  private readonly _onDidChangeViewState = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeViewState = this._onDidChangeViewState.event;

  private _key: ArticleKey;
  private _article: Article | undefined;
  private _content: ArticleContent | undefined;
  private _refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private _renderCount = 0;
  private _isReady = false;
  /** Guessed languages for the shown article's unmarked blocks, sent once its page says ready. */
  private _guesses: ToWebviewMessage | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly _deps: ArticlePreviewDeps,
    key: ArticleKey,
    article: Article | undefined,
  ) {
    super();
    this._key = key;
    this._article = article;
    panel.webview.options = previewWebviewOptions(_deps.extensionUri);
    this._register(panel.webview.onDidReceiveMessage((raw) => this.handleMessage(raw)));
    this._register(panel.onDidChangeViewState(() => {
      // A restored panel whose article was not loaded yet gets another chance whenever it is shown.
      if (panel.visible && !this._article) this.refresh();
      this._onDidChangeViewState.fire();
    }));
    this._register(panel.onDidDispose(() => {
      this._onDidDispose.fire();
      this.dispose();
    }));
    // The full article arriving (or failing) re-renders at once: the reader is looking at its summary.
    this._register(_deps.fullArticles.onDidChange((key) => {
      if (this.matches(key) && !this.isDisposed) this._render();
    }));
    this._render();
  }

  get key(): ArticleKey {
    return this._key;
  }

  /** The article shown, or undefined while a restored panel's article is not (or no longer) cached. */
  get article(): Article | undefined {
    return this._article;
  }

  /** How often the webview's HTML was set: tests use it to tell that a settings change re-rendered. */
  get renderCount(): number {
    return this._renderCount;
  }

  /** Whether the webview's script has run and said `ready` since the last render. */
  get isReady(): boolean {
    return this._isReady;
  }

  matches(key: ArticleKey): boolean {
    return articleKeyString(key) === articleKeyString(this._key);
  }

  /** Shows another article in this panel, at once. */
  show(article: Article): void {
    this._key = articleKey(article);
    this._article = article;
    this._render();
  }

  /** Re-renders after a short delay, so a burst of changes renders once. */
  refresh(): void {
    if (this._refreshTimer) clearTimeout(this._refreshTimer);
    this._refreshTimer = setTimeout(() => {
      this._refreshTimer = undefined;
      if (!this.isDisposed) this._render();
    }, REFRESH_DELAY_MS);
  }

  override dispose(): void {
    if (this._refreshTimer) clearTimeout(this._refreshTimer);
    this.panel.dispose();
    super.dispose();
  }

  private _render(): void {
    this._article ??= this._deps.findArticle(this._key);
    const { appearance } = readPreviewSettings();
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this._deps.extensionUri, 'media');
    const resources: PreviewResources = {
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
    };
    if (this._article) {
      const article = this._article;
      const fullArticle = this._deps.fullArticles.state(article);
      // Opening an article is the reader asking for it: its page is fetched now, whatever the host's backoff.
      if (fullArticle.kind === 'pending') void this._deps.fullArticles.load(article, { manual: true });
      this._content = this._deps.contentCache.get(article);
      this.panel.title = article.item.title;
      webview.html = contentEngine().renderArticleDocument(article, this._content, resources, appearance, vscode.env.language,
        noticeFor(fullArticle, this._deps.fullArticles.showsFeedText(article)));
    } else {
      this._content = undefined;
      this.panel.title = 'Article not available';
      webview.html = buildMessageHtml(
        'This article is not available',
        'It is no longer in the Tutorials cache: its feed may have moved on, or its source was removed. Refresh the source in the Tutorials view and open the article from there.',
        { ...this._key, shellSnippets: [] }, resources, appearance,
      );
    }
    this._isReady = false;
    this._renderCount++;
    this._guesses = undefined;
    if (this._article && this._content) void this._guessLanguages(this._article, this._content, this._renderCount);
  }

  /** The guesses last sent (or about to be) to the page: what the tree shows for the same blocks. */
  get guessedLanguages(): readonly GuessedBlock[] | undefined {
    return this._guesses?.type === 'guessedLanguages' ? this._guesses.blocks : undefined;
  }

  /**
   * Unmarked code gets the language the tree and Open in Editor use, labelled as guessed and highlighted in it.
   * After the first paint: the guess may load the language model.
   */
  private async _guessLanguages(article: Article, content: ArticleContent, render: number): Promise<void> {
    const unmarked = content.snippets.filter((snippet) => !snippet.lang);
    if (unmarked.length === 0) return;
    const described = await describeSnippets(content.markdown, content.snippets);
    if (this.isDisposed || render !== this._renderCount) return;
    const { highlightCode } = contentEngine();
    const blocks: GuessedBlock[] = unmarked.map((snippet) => ({ snippet, languageId: described[snippet.index]?.languageId }))
      .filter(({ languageId }) => languageId && !isPlainText(languageId))
      .map(({ snippet, languageId }) => ({ index: snippet.index, languageId, html: highlightCode(snippet.code, languageId), shell: isShellSnippet(snippet, languageId) || undefined }));
    if (blocks.length === 0) return;
    this._guesses = { type: 'guessedLanguages', article: { sourceKey: article.sourceKey, itemId: article.item.id }, blocks };
    if (this._isReady) void this.panel.webview.postMessage(this._guesses);
  }

  /** Answers one message from the webview; every message is checked first (see parseWebviewMessage). */
  async handleMessage(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw, this._content?.snippets.length ?? 0);
    if (!message) return;
    // Sent by the page of another article (the panel switched while the click was on its way): ignored.
    if ((message.type === 'snippetAction' || message.type === 'fullArticle' || message.type === 'articleAction') && !this.matches(message.article)) return;
    switch (message.type) {
      case 'ready':
        this._isReady = true;
        if (this._guesses) void this.panel.webview.postMessage(this._guesses);
        return;
      case 'openLink':
        // Only web and mail links leave the preview; command:, file:, javascript: and the like are dropped.
        if (isWebLink(message.href)) await vscode.env.openExternal(vscode.Uri.parse(message.href, true));
        return;
      case 'snippetAction':
        await this._runSnippetAction(message);
        return;
      case 'articleAction':
        // The same commands as the title bar and the tree's context menu, for this preview's article.
        if (this._article) await vscode.commands.executeCommand(articleActionCommands[message.action], this._article);
        return;
      case 'fullArticle':
        if (!this._article) return;
        if (message.action === 'retry') await this._deps.fullArticles.load(this._article, { manual: true });
        else this._deps.fullArticles.setShowFeedText(this._article, message.action === 'showFeedText');
        return;
    }
  }

  private async _runSnippetAction({ action, index }: Extract<FromWebviewMessage, { type: 'snippetAction' }>): Promise<void> {
    const article = this._article;
    const content = this._content;
    const snippet = content?.snippets[index];
    if (!article || !content || !snippet) return;
    let ok = false;
    try {
      ok = (await this._deps.snippetActions.run(action, { article, markdown: content.markdown, snippet })) !== undefined;
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not ${actionLabel[action]}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const reply: ToWebviewMessage = { type: 'snippetActionDone', action, index, ok };
    if (!this.isDisposed) void this.panel.webview.postMessage(reply);
  }
}

/** The line under the title for an article whose page is fetched; none for one that needs no fetch. */
function noticeFor(state: FullArticleState, feedTextShown: boolean): FullArticleNotice | undefined {
  switch (state.kind) {
    case 'off': return undefined;
    case 'pending': case 'loading': return { kind: 'loading', host: state.host };
    case 'full': return feedTextShown ? { kind: 'feedText', host: state.host } : { kind: 'full', host: state.host };
    case 'none': return { kind: 'none', host: state.host };
    case 'failed': return { kind: 'failed', host: state.host, reason: state.reason };
  }
}

const articleActionCommands: Record<ArticleAction, string> = {
  saveSnippetsToWorkspace: Commands.saveSnippetsToWorkspace,
  saveAsMarkdown: Commands.saveArticleAsMarkdown,
};

const actionLabel: Record<SnippetAction, string> = {
  openInEditor: 'open the code in an editor',
  copy: 'copy the code',
  insertAtCursor: 'insert the code',
  saveToFile: 'save the code',
  sendToTerminal: 'send the code to the terminal',
};
