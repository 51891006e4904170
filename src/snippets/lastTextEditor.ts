import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

/**
 * The text editor the user was last in. Focusing a webview clears `window.activeTextEditor`,
 * so "Insert at Cursor" from the preview needs the editor that was active before.
 */
export class LastTextEditor extends Disposable {
  private _editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor;

  constructor() {
    super();
    this._register(vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && isUserDocument(editor.document)) this._editor = editor;
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => {
      if (this._editor?.document === document) this._editor = undefined;
    }));
  }

  /** The last editor, brought back if it was hidden meanwhile (a hidden TextEditor can no longer be edited). */
  async get(): Promise<vscode.TextEditor | undefined> {
    const last = this._editor;
    if (!last || last.document.isClosed) return undefined;
    const visible = vscode.window.visibleTextEditors.find((e) => e === last || (e.document === last.document && e.viewColumn === last.viewColumn));
    if (visible) return visible;
    this._editor = await vscode.window.showTextDocument(last.document, { viewColumn: last.viewColumn, preserveFocus: true });
    return this._editor;
  }
}

/** Output panes and the like are text editors too, but no place to insert code. */
function isUserDocument(document: vscode.TextDocument): boolean {
  return document.uri.scheme !== 'output' && document.uri.scheme !== 'debug';
}
