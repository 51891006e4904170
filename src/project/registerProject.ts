import * as vscode from 'vscode';
import type { ArticleContentCache } from '../articles/articleContent';
import type { FullArticles } from '../articles/fullArticles';
import type { SnippetUse } from '../core/storage/snippetUses';
import type { PreviewManager } from '../preview/previewManager';
import type { TrustPrompt } from '../snippets/trustPrompt';
import type { ArticleKey } from '../storage/articleStateStore';
import { CommandManager } from '../util/commandManager';
import { SaveArticleAsMarkdownCommand } from './saveArticleAsMarkdownCommand';
import { SaveSnippetsToWorkspaceCommand } from './saveSnippetsToWorkspaceCommand';

export interface ProjectDeps {
  readonly previews: PreviewManager;
  readonly content: ArticleContentCache;
  readonly fullArticles: FullArticles;
  readonly trust: TrustPrompt;
  recordSnippetUse(key: ArticleKey, index: number, use: SnippetUse): void;
}

/** From tutorial to project: a tutorial's files, or the article itself, saved into the workspace. */
export function registerProject(deps: ProjectDeps): vscode.Disposable & { saveSnippets: SaveSnippetsToWorkspaceCommand; saveMarkdown: SaveArticleAsMarkdownCommand } {
  const commands = new CommandManager();
  const saveSnippets = commands.register(new SaveSnippetsToWorkspaceCommand(deps.previews, deps.content, deps.fullArticles, deps.trust, (key, index, use) => deps.recordSnippetUse(key, index, use)));
  const saveMarkdown = commands.register(new SaveArticleAsMarkdownCommand(deps.previews, deps.content, deps.fullArticles));
  const registration = vscode.Disposable.from(commands, saveSnippets, saveMarkdown);
  return Object.assign(registration, { saveSnippets, saveMarkdown });
}
