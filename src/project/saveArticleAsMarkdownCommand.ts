import * as vscode from 'vscode';
import type { ArticleContentCache } from '../articles/articleContent';
import type { FullArticles } from '../articles/fullArticles';
import { articleMarkdownFile, articleMarkdownFileName } from '../core/article/articleMarkdownFile';
import { Commands } from '../ids';
import { articleFromArg } from '../preview/commands/articleFromArg';
import type { PreviewManager } from '../preview/previewManager';
import type { SaveDialog } from '../snippets/snippetActions';
import type { Command } from '../util/commandManager';
import { existsOnDisk } from '../util/existsOnDisk';
import { announceCreated, createFilesAtOnce, openCreatedFiles } from './createFilesAtOnce';

/**
 * Save Article as Markdown…: the converted article as a `.md` file with front matter (title, author, date, source,
 * link). Images stay links to the web.
 */
export class SaveArticleAsMarkdownCommand implements Command, vscode.Disposable {
  readonly id = Commands.saveArticleAsMarkdown;
  /** Replaced in tests: the real dialog cannot be answered from the extension host. */
  saveDialog: SaveDialog = (options) => vscode.window.showSaveDialog(options);
  private readonly _folderWatchers: vscode.Disposable[] = [];

  constructor(private readonly _previews: PreviewManager, private readonly _content: ArticleContentCache, private readonly _fullArticles: FullArticles) {}

  dispose(): void {
    for (const watcher of this._folderWatchers.splice(0)) watcher.dispose();
  }

  async execute(arg?: unknown): Promise<vscode.Uri | undefined> {
    const article = articleFromArg(arg) ?? this._previews.activePreview?.article;
    if (!article) {
      void vscode.window.showInformationMessage('Open an article (or right-click one in the Tutorials view) to save it as Markdown.');
      return undefined;
    }
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Fetching the full article…' }, () => this._fullArticles.load(article, { manual: true }));
    const { markdown } = this._content.get(article);
    const { item } = article;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = articleMarkdownFileName(item.title);
    const uri = await this.saveDialog({
      title: 'Save Article as Markdown',
      saveLabel: 'Save',
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { Markdown: ['md'] },
    });
    if (!uri) return undefined;
    const text = articleMarkdownFile(markdown, {
      title: item.title,
      authors: item.authors ?? (item.author ? [item.author] : []),
      date: item.published ?? item.updated,
      source: article.sourceTitle || undefined,
      link: item.link,
    });
    // The save dialog has already asked about replacing an existing file.
    this._folderWatchers.push(await createFilesAtOnce([{ uri, text, overwrite: await existsOnDisk(uri) }], `Save "${item.title}" as Markdown`));
    await openCreatedFiles([uri], vscode.ViewColumn.Active);
    announceCreated([uri], folder && uri.path.startsWith(`${folder.path}/`) ? folder : vscode.Uri.joinPath(uri, '..'));
    return uri;
  }
}
