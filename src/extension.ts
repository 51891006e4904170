import * as vscode from 'vscode';
import { articleKey } from './articles/article';
import { ArticleContentCache } from './articles/articleContent';
import { isContentEngineLoaded } from './articles/contentEngine';
import { createFullArticles } from './articles/registerFullArticles';
import { warmContentEngineWhenShown } from './articles/warmContentEngine';
import { registerPreview } from './preview/registerPreview';
import type { SnippetUse } from './core/storage/snippetUses';
import { navigationCommands } from './navigation/navigationCommands';
import { registerProject } from './project/registerProject';
import { registerSearch } from './search/registerSearch';
import { OpenSnippetCommand } from './snippets/openSnippetCommand';
import { TrustPrompt } from './snippets/trustPrompt';
import { createSources } from './sources/registerSources';
import { ArticleStateStore, type ArticleKey } from './storage/articleStateStore';
import { createTree } from './tree/registerTree';
import { CommandManager } from './util/commandManager';
import { createOutputLogger } from './util/logger';

/** What activate() returns: used by integration tests to look at what the user sees. */
export type TutorialReaderApi = ReturnType<typeof activateFeatures>;

export function activate(context: vscode.ExtensionContext): TutorialReaderApi {
  return activateFeatures(context);
}

// Activation only wires features together; network work starts after activation returns.
function activateFeatures(context: vscode.ExtensionContext) {
  const started = performance.now();
  const commands = new CommandManager();
  const log = createOutputLogger();
  context.subscriptions.push(commands, log);

  const state = new ArticleStateStore(context.globalState);
  const sources = createSources(context, log);
  const fullArticles = createFullArticles(context, sources, state, log);
  const content = new ArticleContentCache((article) => fullArticles.body(article));
  const tree = createTree({ store: sources.store, state, content, fullArticles }, commands);
  sources.registerCommands(commands, tree.view);
  context.subscriptions.push(warmContentEngineWhenShown(tree.view));
  const search = registerSearch({ store: sources.store, state, fullArticles }, commands);
  const recordSnippetUse = (key: ArticleKey, index: number, use: SnippetUse): void => void state.recordSnippetUse(key, index, use);
  commands.register(new OpenSnippetCommand(sources.store, content, (key, index) => recordSnippetUse(key, index, { kind: 'opened' })));
  const trust = new TrustPrompt();
  const preview = registerPreview({
    context, contentCache: content, state, fullArticles, trust,
    findArticle: (key) => sources.store.findArticle(key),
    onDidChangeArticles: sources.store.onDidChange,
  });
  preview.snippetActions.onDidUseSnippet(({ article, index, use }) => recordSnippetUse(articleKey(article), index, use));
  const project = registerProject({ previews: preview.previews, content, fullArticles, trust, recordSnippetUse });
  for (const command of navigationCommands({ store: sources.store, state, previews: preview.previews, tree })) commands.register(command);
  context.subscriptions.push(state, tree, preview, project, search);

  void sources.scheduler.start();
  const activationMs = performance.now() - started;
  const contentEngineLoadedByActivation = isContentEngineLoaded();
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return { store: sources.store, state, content, fullArticles, tree, preview, project, search, trust, globalState: context.globalState, activationMs, contentEngineLoadedByActivation, isContentEngineLoaded };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
