// Ids the preview adds on top of src/ids.ts; to move there once the manifest lists them.

/** The webview panel type: `onWebviewPanel:` activation and `activeWebviewPanelId` menus use it. */
export const previewViewType = 'tutorialReader.preview';

/** Snippet actions as commands, each taking `{ articleKey: { sourceKey, itemId }, index }` (or a snippet tree node). */
export const SnippetCommands = {
  openInEditor: 'tutorialReader.snippet.openInEditor',
  copy: 'tutorialReader.snippet.copy',
  insertAtCursor: 'tutorialReader.snippet.insertAtCursor',
  saveToFile: 'tutorialReader.snippet.saveToFile',
  sendToTerminal: 'tutorialReader.snippet.sendToTerminal',
} as const;
