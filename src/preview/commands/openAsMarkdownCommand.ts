import * as vscode from 'vscode';
import type { ArticleContentCache } from '../../articles/articleContent';
import { Commands } from '../../ids';
import type { Command } from '../../util/commandManager';
import type { PreviewManager } from '../previewManager';
import { articleFromArg } from './articleFromArg';
import { noArticleMessage } from './openPreviewCommand';

/** Shows an article's converted Markdown as an untitled Markdown document, beside the preview. */
export class OpenAsMarkdownCommand implements Command {
  readonly id = Commands.openAsMarkdown;
  constructor(private readonly _previews: PreviewManager, private readonly _content: ArticleContentCache) {}

  async execute(arg?: unknown): Promise<vscode.TextEditor | undefined> {
    // From the preview's title bar the argument is not an article: then it is the active preview's.
    const article = articleFromArg(arg) ?? this._previews.activePreview?.article;
    if (!article) {
      void vscode.window.showInformationMessage(noArticleMessage);
      return undefined;
    }
    const { markdown } = this._content.get(article);
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }
}
