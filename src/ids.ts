// Every id the extension contributes, defined once. package.json must agree (checked by a unit test).

export const Views = {
  container: 'tutorialReader',
  sources: 'tutorialReader.sources',
} as const;

/** The preview's webview panel type: `onWebviewPanel:` activation and `activeWebviewPanelId` menus use it. */
export const previewViewType = 'tutorialReader.preview';

export const Commands = {
  refreshAll: 'tutorialReader.refreshAll',
  refreshSource: 'tutorialReader.refreshSource',
  addSource: 'tutorialReader.addSource',
  removeSource: 'tutorialReader.removeSource',
  renameSource: 'tutorialReader.renameSource',
  setFullArticle: 'tutorialReader.setFullArticle',
  importOpml: 'tutorialReader.importOpml',
  exportOpml: 'tutorialReader.exportOpml',
  markRead: 'tutorialReader.markRead',
  markUnread: 'tutorialReader.markUnread',
  markAllRead: 'tutorialReader.markAllRead',
  saveArticle: 'tutorialReader.saveArticle',
  unsaveArticle: 'tutorialReader.unsaveArticle',
  openInBrowser: 'tutorialReader.openInBrowser',
  copyLink: 'tutorialReader.copyLink',
  searchArticles: 'tutorialReader.searchArticles',
  openSnippet: 'tutorialReader.openSnippet',
  openPreview: 'tutorialReader.openPreview',
  openAsMarkdown: 'tutorialReader.openAsMarkdown',
  saveSnippetsToWorkspace: 'tutorialReader.saveSnippetsToWorkspace',
  saveArticleAsMarkdown: 'tutorialReader.saveArticleAsMarkdown',
  nextArticle: 'tutorialReader.nextArticle',
  previousArticle: 'tutorialReader.previousArticle',
  nextUnreadArticle: 'tutorialReader.nextUnreadArticle',
} as const;

/** Snippet actions as commands, each taking `{ articleKey: { sourceKey, itemId }, index }` or a snippet tree node. */
export const SnippetCommands = {
  openInEditor: 'tutorialReader.snippet.openInEditor',
  copy: 'tutorialReader.snippet.copy',
  insertAtCursor: 'tutorialReader.snippet.insertAtCursor',
  saveToFile: 'tutorialReader.snippet.saveToFile',
  sendToTerminal: 'tutorialReader.snippet.sendToTerminal',
} as const;

export const Settings = {
  section: 'tutorialReader',
  sources: 'sources',
  refreshIntervalMinutes: 'refreshIntervalMinutes',
  fetchTimeoutSeconds: 'fetchTimeoutSeconds',
  previewReuse: 'preview.reuse',
  previewShowImages: 'preview.showImages',
  previewFontSize: 'preview.fontSize',
  previewFontFamily: 'preview.fontFamily',
} as const;

export const ContextKeys = {
  hasSources: 'tutorialReader.hasSources',
  previewFocus: 'tutorialReader.previewFocus',
} as const;

/** Tree item contextValues, matched by `viewItem == …` in package.json menus. */
export const NodeKinds = {
  source: 'source',
  sourceWithError: 'source-error',
  sourceBuiltin: 'source-builtin',
  /** Articles compose their state: `article.read`, `article.unread.saved`, … so menus can match with regexes. */
  article: 'article',
  snippet: 'snippet',
  savedGroup: 'saved-group',
} as const;

/** URL of the getting-started feed that ships inside the extension. */
export const BUILTIN_FEED_URL = 'builtin:getting-started';
