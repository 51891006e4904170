import * as vscode from 'vscode';
import type { Article } from '../articles/article';
import type { Snippet } from '../core/model';
import { contentEngine } from '../articles/contentEngine';
import type { SnippetAction } from '../../types/previewMessaging';
import { Disposable } from '../util/dispose';
import { LastTextEditor } from './lastTextEditor';
import { openSnippetInEditor } from './openSnippet';
import { describeSnippets } from './snippetLanguages';
import { isShellSnippet, needsTerminalPaste, terminalTextFor } from './terminalText';
import type { TrustPrompt } from './trustPrompt';
import type { SnippetUse, SnippetUseKind } from '../core/storage/snippetUses';

/** A code block together with the article it came from (its Markdown names the file to save). */
export interface SnippetTarget {
  readonly article: Article;
  readonly markdown: string;
  readonly snippet: Snippet;
}

/** Shows a save dialog; a function so tests can answer it (the real dialog cannot be driven in the extension host). */
export type SaveDialog = (options: vscode.SaveDialogOptions) => Thenable<vscode.Uri | undefined>;

const TERMINAL_NAME = 'Tutorial Reader';

/** A code block the reader did something with. */
export interface SnippetUseEvent {
  readonly article: Article;
  readonly index: number;
  readonly use: SnippetUse;
}

const useKinds: Record<SnippetAction, SnippetUseKind> = {
  openInEditor: 'opened', copy: 'copied', insertAtCursor: 'inserted', saveToFile: 'saved', sendToTerminal: 'sent',
};

/**
 * What the preview's code block toolbar does. The toolbar's messages and the `tutorialReader.snippet.*`
 * commands both end up here. Each action resolves to what it produced, or undefined when it did nothing.
 */
export class SnippetActions extends Disposable {
  private readonly _lastEditor = this._register(new LastTextEditor());
  private readonly _onDidUseSnippet = this._register(new vscode.EventEmitter<SnippetUseEvent>());
  /** Fires when an action did what it was asked: the tree marks the block as used. */
  readonly onDidUseSnippet = this._onDidUseSnippet.event;

  constructor(private readonly _trust: TrustPrompt, public saveDialog: SaveDialog = (options) => vscode.window.showSaveDialog(options)) {
    super();
  }

  async run(action: SnippetAction, target: SnippetTarget): Promise<unknown> {
    const result = await this._run(action, target);
    if (result !== undefined) {
      const savedAs = result instanceof vscode.Uri ? vscode.workspace.asRelativePath(result) : undefined;
      this._onDidUseSnippet.fire({ article: target.article, index: target.snippet.index, use: savedAs ? { kind: useKinds[action], savedAs } : { kind: useKinds[action] } });
    }
    return result;
  }

  private _run(action: SnippetAction, target: SnippetTarget): Promise<unknown> {
    switch (action) {
      case 'openInEditor': return this.openInEditor(target);
      case 'copy': return this.copy(target);
      case 'insertAtCursor': return this.insertAtCursor(target);
      case 'saveToFile': return this.saveToFile(target);
      case 'sendToTerminal': return this.sendToTerminal(target);
    }
  }

  /** An untitled document named after the block's file, in its language, beside the preview. */
  openInEditor({ markdown, snippet }: SnippetTarget): Promise<vscode.TextEditor> {
    return openSnippetInEditor(markdown, snippet, vscode.ViewColumn.Beside);
  }

  /** Through the extension host: the webview's own clipboard access is unreliable. */
  async copy({ snippet }: SnippetTarget): Promise<string> {
    await vscode.env.clipboard.writeText(snippet.code);
    vscode.window.setStatusBarMessage('$(check) Code copied to the clipboard', 2500);
    return snippet.code;
  }

  /** Replaces each selection of the last active text editor (so a bare cursor gets the code inserted). */
  async insertAtCursor({ snippet }: SnippetTarget): Promise<vscode.TextEditor | undefined> {
    const editor = await this._lastEditor.get();
    if (!editor) {
      void vscode.window.showInformationMessage('There is no editor to insert into. Open a file, place the cursor where the code should go, then choose Insert at Cursor again.');
      return undefined;
    }
    const applied = await editor.edit((edit) => {
      for (const selection of editor.selections) edit.replace(selection, snippet.code);
    });
    if (!applied) {
      void vscode.window.showWarningMessage(`Could not insert into ${editor.document.fileName}: it may be read-only.`);
      return undefined;
    }
    return vscode.window.showTextDocument(editor.document, editor.viewColumn);
  }

  /** Asks where to save (the dialog itself confirms overwriting), then writes the code with a final newline. */
  async saveToFile({ markdown, snippet }: SnippetTarget): Promise<vscode.Uri | undefined> {
    // A file name the article mentions for this block, else snippet-N.<ext>; always a safe relative path.
    if (!(await this._trust.allows('save code to a file'))) return undefined;
    const name = contentEngine().suggestFileName(markdown, snippet.index);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = await this.saveDialog({
      title: 'Save Code Block',
      saveLabel: 'Save',
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    });
    if (!uri) return undefined;
    const text = snippet.code.endsWith('\n') ? snippet.code : `${snippet.code}\n`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const open = 'Open File';
    void vscode.window.showInformationMessage(`Saved ${vscode.workspace.asRelativePath(uri)}.`, open).then((choice) => {
      if (choice === open) void vscode.window.showTextDocument(uri);
    });
    return uri;
  }

  /**
   * Puts the commands into the active terminal (or a new one) and never presses Enter. One line is typed as is;
   * several go through VS Code's own terminal paste, which wraps them in bracketed paste when the shell asked
   * for it (the shell then waits for Enter) and otherwise shows VS Code's multi-line paste warning first. So no
   * line from an article runs before the user has read it and confirmed.
   */
  async sendToTerminal({ markdown, snippet }: SnippetTarget): Promise<vscode.Terminal | undefined> {
    const detected = snippet.lang ? undefined : (await describeSnippets(markdown))[snippet.index]?.languageId;
    if (!isShellSnippet(snippet, detected)) {
      void vscode.window.showInformationMessage('Only shell code blocks can be sent to a terminal.');
      return undefined;
    }
    if (!(await this._trust.allows('send these commands to a terminal'))) return undefined;
    const terminal = vscode.window.activeTerminal ?? vscode.window.createTerminal({ name: TERMINAL_NAME });
    terminal.show(false);
    const text = terminalTextFor(snippet.code);
    if (!needsTerminalPaste(text)) {
      terminal.sendText(text, false);
      return terminal;
    }
    const previous = await vscode.env.clipboard.readText();
    try {
      await vscode.env.clipboard.writeText(text);
      await vscode.commands.executeCommand('workbench.action.terminal.paste');
    } finally {
      await vscode.env.clipboard.writeText(previous);
    }
    return terminal;
  }

}
