import * as vscode from 'vscode';
import { Commands } from '../../ids';
import type { Command } from '../../util/commandManager';
import type { ArticlePreview } from '../articlePreview';
import type { PreviewManager } from '../previewManager';
import { articleFromArg } from './articleFromArg';

export const noArticleMessage = 'Select an article in the Tutorials view to preview it.';

/** Opens an article (from the tree, or the active preview's when run from the palette) in the preview. */
export class OpenPreviewCommand implements Command {
  readonly id = Commands.openPreview;
  constructor(private readonly _previews: PreviewManager) {}

  async execute(arg?: unknown): Promise<ArticlePreview | undefined> {
    const article = articleFromArg(arg) ?? this._previews.activePreview?.article;
    if (!article) {
      void vscode.window.showInformationMessage(noArticleMessage);
      return undefined;
    }
    return this._previews.show(article);
  }
}
