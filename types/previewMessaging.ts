// Messages between the article preview webview (preview-src/) and the extension (src/preview/).
// Shared by both sides, so it must not import anything: no `vscode`, no DOM.

/** What a code block's toolbar button asks the extension to do with the snippet. */
export type SnippetAction = 'openInEditor' | 'copy' | 'insertAtCursor' | 'saveToFile' | 'sendToTerminal';

export const snippetActions: readonly SnippetAction[] = ['openInEditor', 'copy', 'insertAtCursor', 'saveToFile', 'sendToTerminal'];

/** What the full-article line under the title asks for: fetch again, or switch between page and feed text. */
export type FullArticleAction = 'retry' | 'showFeedText' | 'showFullArticle';

export const fullArticleActions: readonly FullArticleAction[] = ['retry', 'showFeedText', 'showFullArticle'];

/** What the header's buttons ask for: the whole article's code, or the article itself, saved to the workspace. */
export type ArticleAction = 'saveSnippetsToWorkspace' | 'saveAsMarkdown';

export const articleActions: readonly ArticleAction[] = ['saveSnippetsToWorkspace', 'saveAsMarkdown'];

/** The article a message is about: a click still in flight when the panel switched articles must not act on the new one. */
export interface MessageArticle {
  readonly sourceKey: string;
  readonly itemId: string;
}

/** Webview → extension. The webview sends `ready` first, once its script has run. */
export type FromWebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'snippetAction'; readonly action: SnippetAction; readonly index: number; readonly article: MessageArticle }
  | { readonly type: 'openLink'; readonly href: string }
  | { readonly type: 'fullArticle'; readonly action: FullArticleAction; readonly article: MessageArticle }
  | { readonly type: 'articleAction'; readonly action: ArticleAction; readonly article: MessageArticle };

/** A code block the article left unmarked, and the language the extension guessed for it. */
export interface GuessedBlock {
  readonly index: number;
  /** The VS Code language id the tree and Open in Editor use. */
  readonly languageId: string;
  /** The code highlighted in that language (escaped, spans only), when highlight.js knows it. */
  readonly html?: string;
  /** A shell or console block: it gets Send to Terminal. */
  readonly shell?: boolean;
}

/** Extension → webview. */
export type ToWebviewMessage =
  /** The outcome of a toolbar action, so the button can say "Copied" briefly. */
  | { readonly type: 'snippetActionDone'; readonly action: SnippetAction; readonly index: number; readonly ok: boolean }
  /** Languages guessed for unmarked blocks, after the first paint (guessing may load a model). */
  | { readonly type: 'guessedLanguages'; readonly article: MessageArticle; readonly blocks: readonly GuessedBlock[] };

/** What the webview keeps with `setState`: restored after a reload (serializer) and after re-renders. */
export interface PreviewWebviewState {
  readonly sourceKey: string;
  readonly itemId: string;
  readonly scrollY: number;
}

/** Data the extension embeds in the document for the webview script (JSON in a data attribute). */
export interface PreviewPageData {
  readonly sourceKey: string;
  readonly itemId: string;
  /** Indexes of the code blocks that are shell commands and so get "Send to Terminal". */
  readonly shellSnippets: readonly number[];
}
