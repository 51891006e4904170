import * as vscode from 'vscode';
import { articleKey, type Article } from '../articles/article';
import type { ArticleContentCache } from '../articles/articleContent';
import type { FullArticles } from '../articles/fullArticles';
import { besidePath, pathKey, sanitizeFileName } from '../core/snippets/safePath';
import { planSnippetFiles } from '../core/snippets/snippetFilePlan';
import type { SnippetUse } from '../core/storage/snippetUses';
import { Commands } from '../ids';
import { articleFromArg } from '../preview/commands/articleFromArg';
import type { PreviewManager } from '../preview/previewManager';
import { describeSnippets } from '../snippets/snippetLanguages';
import type { TrustPrompt } from '../snippets/trustPrompt';
import type { ArticleKey } from '../storage/articleStateStore';
import type { Command } from '../util/commandManager';
import { existsOnDisk } from '../util/existsOnDisk';
import { announceCreated, createFilesAtOnce, folderLabel, openCreatedFiles, type NewFile } from './createFilesAtOnce';
import { pickSnippetFiles, type SnippetFileChoice } from './snippetFilesPick';
import { pickTargetFolder, uriInside } from './targetFolder';

export type ExistingFilesAnswer = 'overwrite' | 'beside' | 'skip';

/** The questions the command asks. Integration tests answer them; the e2e test drives the real ones. */
export interface SaveSnippetsQuestions {
  folder(): Promise<vscode.Uri | undefined>;
  files(choices: readonly SnippetFileChoice[], folder: vscode.Uri, article: Article, exists: (path: string) => Promise<boolean>): Promise<SnippetFileChoice[] | undefined>;
  existing(paths: readonly string[], folder: vscode.Uri): Promise<ExistingFilesAnswer | undefined>;
}

export const realQuestions: SaveSnippetsQuestions = {
  folder: () => pickTargetFolder('save the snippets into'),
  files: (choices, folder, article, exists) => pickSnippetFiles(choices, folderLabel(folder), article.item.title, exists),
  async existing(paths, folder) {
    const answers: Record<string, ExistingFilesAnswer> = { Overwrite: 'overwrite', 'Save Beside': 'beside', Skip: 'skip' };
    const listed = paths.length > 5 ? `${paths.slice(0, 5).join(', ')} and ${paths.length - 5} more` : paths.join(', ');
    const answer = await vscode.window.showWarningMessage(
      paths.length === 1 ? `${listed} already exists in ${folderLabel(folder)}.` : `${paths.length} of these files already exist in ${folderLabel(folder)}: ${listed}.`,
      { modal: true, detail: 'Overwrite replaces them (Undo brings them back). Save Beside adds a number to the new file\'s name. Skip leaves them as they are.' },
      ...Object.keys(answers),
    );
    return answer ? answers[answer] : undefined;
  },
};

/** What one run did, for tests and for the tree's "saved as" marks. */
export interface SavedSnippets {
  readonly folder: vscode.Uri;
  readonly created: readonly { index: number; uri: vscode.Uri; path: string }[];
}

/**
 * Save Snippets to Workspace…: every code block of an article becomes a file in a workspace folder, in one
 * undoable step, after the reader has seen and ticked the list.
 */
export class SaveSnippetsToWorkspaceCommand implements Command, vscode.Disposable {
  readonly id = Commands.saveSnippetsToWorkspace;
  questions: SaveSnippetsQuestions = realQuestions;
  private readonly _folderWatchers: vscode.Disposable[] = [];

  constructor(
    private readonly _previews: PreviewManager,
    private readonly _content: ArticleContentCache,
    private readonly _fullArticles: FullArticles,
    private readonly _trust: TrustPrompt,
    private readonly _onDidSave: (key: ArticleKey, index: number, use: SnippetUse) => void,
  ) {}

  async execute(arg?: unknown): Promise<SavedSnippets | undefined> {
    const article = articleFromArg(arg) ?? this._previews.activePreview?.article;
    if (!article) {
      void vscode.window.showInformationMessage('Open an article (or right-click one in the Tutorials view) to save its code blocks to the workspace.');
      return undefined;
    }
    // A summary-only article's code is on its page: fetch it first, as opening the preview would.
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Fetching the full article…' }, () => this._fullArticles.load(article, { manual: true }));
    const { markdown, snippets } = this._content.get(article);
    if (snippets.length === 0) {
      void vscode.window.showInformationMessage(`"${article.item.title}" has no code blocks to save.`);
      return undefined;
    }
    if (!(await this._trust.allows('save code to files in this workspace'))) return undefined;
    const folder = await this.questions.folder();
    if (!folder) return undefined;

    const described = await describeSnippets(markdown, snippets);
    const plan = planSnippetFiles(snippets.map((snippet) => ({ index: snippet.index, code: snippet.code, ...described[snippet.index] })));
    const exists = (path: string): Promise<boolean> => existsOnDisk(uriInside(folder, path));
    const choices = await Promise.all(plan.map(async (file): Promise<SnippetFileChoice> => ({ ...file, exists: await exists(file.path) })));
    const ticked = await this.questions.files(choices, folder, article, exists);
    if (!ticked || ticked.length === 0) return undefined;

    const lastVersions = lastVersionPerPath(ticked);
    const notes = lastVersions.notes;
    // Looked at again now: a file may have appeared while the pick was open.
    const files = await Promise.all(lastVersions.files.map(async (file) => ({ ...file, exists: await exists(file.path) })));
    const existing = files.filter((file) => file.exists);
    let answer: ExistingFilesAnswer | undefined;
    if (existing.length > 0) {
      answer = await this.questions.existing(existing.map((file) => file.path), folder);
      if (!answer) return undefined;
    }
    const targets = await this._targets(files, folder, answer);
    if (targets.length === 0) {
      void vscode.window.showInformationMessage('Nothing was saved: every file you ticked already exists.');
      return undefined;
    }
    const newFiles: NewFile[] = targets.map((t) => ({ uri: t.uri, text: t.file.contents, overwrite: t.overwrite }));
    this._folderWatchers.push(await createFilesAtOnce(newFiles, `Save snippets from "${article.item.title}"`));
    const created = targets.map((t) => ({ index: t.file.index, uri: t.uri, path: vscode.workspace.asRelativePath(t.uri, false) }));
    for (const file of created) this._onDidSave(articleKey(article), file.index, { kind: 'saved', savedAs: file.path });
    await openCreatedFiles(created.map((file) => file.uri), this._editorColumn());
    announceCreated(created.map((file) => file.uri), folder, notes);
    return { folder, created };
  }

  dispose(): void {
    for (const watcher of this._folderWatchers.splice(0)) watcher.dispose();
  }

  /** Where each file goes, given the answer about existing ones: replaced, beside them, or skipped. */
  private async _targets(files: readonly SnippetFileChoice[], folder: vscode.Uri, answer: ExistingFilesAnswer | undefined): Promise<{ file: SnippetFileChoice; uri: vscode.Uri; overwrite: boolean }[]> {
    const planned = new Set(files.map((file) => pathKey(file.path)));
    const result: { file: SnippetFileChoice; uri: vscode.Uri; overwrite: boolean }[] = [];
    for (const file of files) {
      if (!file.exists) { result.push({ file, uri: uriInside(folder, file.path), overwrite: false }); continue; }
      if (answer === 'skip') continue;
      if (answer === 'overwrite') { result.push({ file, uri: uriInside(folder, file.path), overwrite: true }); continue; }
      let path: string;
      const tried = new Set<string>();
      do {
        path = besidePath(file.path, (candidate) => tried.has(candidate) || planned.has(pathKey(candidate)));
        tried.add(path);
      } while (await existsOnDisk(uriInside(folder, path)));
      planned.add(pathKey(path));
      result.push({ file, uri: uriInside(folder, path), overwrite: false });
    }
    return result;
  }

  /** Beside the preview when it is shown, so the article stays in view; else the active group. */
  private _editorColumn(): vscode.ViewColumn {
    const panel = this._previews.activePreview?.panel;
    if (!panel?.visible || panel.viewColumn === undefined) return vscode.ViewColumn.Active;
    return panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  }
}

/** Two ticked rows with the same path (an edit made them so): the later block wins, and the message says so. */
function lastVersionPerPath(ticked: readonly SnippetFileChoice[]): { files: SnippetFileChoice[]; notes: string[] } {
  const byPath = new Map<string, SnippetFileChoice>();
  const notes: string[] = [];
  for (const answered of ticked) {
    // The pick cleans what is typed; whatever answers the questions, no path leaves the folder.
    const path = sanitizeFileName(answered.path);
    if (!path) continue;
    const file = path === answered.path ? answered : { ...answered, path };
    const previous = byPath.get(pathKey(file.path));
    if (previous) notes.push(`Blocks ${previous.index + 1} and ${file.index + 1} both named ${file.path}: block ${file.index + 1} was saved.`);
    byPath.delete(pathKey(file.path));
    byPath.set(pathKey(file.path), file);
  }
  return { files: [...byPath.values()].sort((a, b) => a.index - b.index), notes };
}
