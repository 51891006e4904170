import * as vscode from 'vscode';
import type { ArticleContentCache } from '../articles/articleContent';
import type { Article } from '../articles/article';
import type { FullArticles } from '../articles/fullArticles';
import type { ArticleKey, ArticleStateStore } from '../storage/articleStateStore';
import { SnippetActions } from '../snippets/snippetActions';
import { snippetActionCommands } from '../snippets/snippetCommands';
import type { TrustPrompt } from '../snippets/trustPrompt';
import { CommandManager } from '../util/commandManager';
import { OpenAsMarkdownCommand } from './commands/openAsMarkdownCommand';
import { OpenPreviewCommand } from './commands/openPreviewCommand';
import { PreviewManager } from './previewManager';

/** What the preview feature needs from the rest of the extension. */
export interface PreviewDeps {
  readonly context: vscode.ExtensionContext;
  readonly contentCache: ArticleContentCache;
  readonly state: ArticleStateStore;
  readonly fullArticles: FullArticles;
  /** Asks before code from an article is written to disk or a terminal in an untrusted workspace. */
  readonly trust: TrustPrompt;
  /** Finds a cached article again, e.g. when a preview is restored after a window reload. */
  findArticle(key: ArticleKey): Article | undefined;
  /** Fires when feeds (re)load; restored previews whose article was not loaded yet then try again. */
  readonly onDidChangeArticles?: vscode.Event<unknown>;
}

/** What integration tests reach through the extension's API. */
export interface PreviewApi {
  readonly previews: PreviewManager;
  /** Its `saveDialog` can be replaced: the real dialog cannot be answered from the extension host. */
  readonly snippetActions: SnippetActions;
}

/** Registers the article preview: panel manager and serializer, the open commands and the snippet actions. */
export function registerPreview(deps: PreviewDeps): vscode.Disposable & PreviewApi {
  const snippetActions = new SnippetActions(deps.trust);
  const previews = new PreviewManager({
    extensionUri: deps.context.extensionUri,
    contentCache: deps.contentCache,
    fullArticles: deps.fullArticles,
    snippetActions,
    findArticle: (key) => deps.findArticle(key),
  }, deps.state);
  const commands = new CommandManager();
  commands.register(new OpenPreviewCommand(previews));
  commands.register(new OpenAsMarkdownCommand(previews, deps.contentCache));
  for (const command of snippetActionCommands(snippetActions, deps.contentCache, deps.findArticle)) commands.register(command);
  const retry = deps.onDidChangeArticles?.(() => previews.retryMissing());

  const registration = vscode.Disposable.from(commands, previews, snippetActions, ...(retry ? [retry] : []));
  return Object.assign(registration, { previews, snippetActions });
}
