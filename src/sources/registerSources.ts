import * as vscode from 'vscode';
import { FeedCache } from '../core/storage/feedCache';
import { RequestScheduler } from '../core/fetch/requestScheduler';
import { fetchFeed } from '../core/fetch/fetchFeed';
import { BUILTIN_FEED_URL, ContextKeys, Settings } from '../ids';
import type { CommandManager } from '../util/commandManager';
import type { ILogger } from '../util/logger';
import { AddSourceCommand } from './commands/addSourceCommand';
import { RemoveSourceCommand, RenameSourceCommand, SetFullArticleCommand } from './commands/editSourceCommands';
import { ExportOpmlCommand, ImportOpmlCommand } from './commands/opmlCommands';
import { RefreshAllCommand, RefreshSourceCommand } from './commands/refreshCommands';
import { FeedStore, sourceTitle } from './feedStore';
import { RefreshProgress, RefreshScheduler } from './refreshScheduler';
import { SourceSettings } from './sourceSettings';
import type { TreeNode } from '../tree/nodes/treeNode';

export interface SourcesFeature {
  readonly store: FeedStore;
  /** The request limits and per-host backoff every fetch shares, feeds and article pages alike. */
  readonly requests: RequestScheduler;
  readonly settings: SourceSettings;
  readonly progress: RefreshProgress;
  readonly scheduler: RefreshScheduler;
  /** Registers the commands that act on tree nodes, once the tree view exists. */
  registerCommands(commands: CommandManager, view: vscode.TreeView<TreeNode>): void;
}

export function fetchTimeoutSeconds(): number {
  const seconds = vscode.workspace.getConfiguration(Settings.section).get<number>(Settings.fetchTimeoutSeconds, 20);
  return seconds > 0 ? seconds : 20;
}

/** The subscribed sources: settings, cache, fetching and refresh scheduling. */
export function createSources(context: vscode.ExtensionContext, log: ILogger): SourcesFeature {
  const builtinFeed = vscode.Uri.joinPath(context.extensionUri, 'media', 'feeds', 'getting-started.xml').fsPath;
  const cache = new FeedCache(vscode.Uri.joinPath(context.globalStorageUri, 'feeds').fsPath);
  const requests = new RequestScheduler();
  const store = new FeedStore(
    cache,
    (url, task, options) => requests.run(url, task, options),
    (url) => (url === BUILTIN_FEED_URL ? builtinFeed : url),
    (url, options) => fetchFeed(url, { ...options, timeoutMs: fetchTimeoutSeconds() * 1000 }),
    log,
  );
  const settings = new SourceSettings();
  const progress = new RefreshProgress();
  const scheduler = new RefreshScheduler(store, progress);
  context.subscriptions.push(store, settings, scheduler);

  const applySettings = () => {
    const configs = settings.read();
    void vscode.commands.executeCommand('setContext', ContextKeys.hasSources, configs.length > 0);
    return store.setSources(configs);
  };
  applySettings();
  context.subscriptions.push(settings.onDidChange(async () => {
    const added = applySettings();
    await store.loadCached(added);
    if (added.length) await progress.run(() => store.refresh(added.map((s) => s.key), { manual: true }));
  }));
  // Asked once per source and session: a feed that keeps redirecting must not prompt at every refresh.
  const askedAboutMove = new Set<string>();
  context.subscriptions.push(store.onDidMove(async ({ source, newUrl }) => {
    if (askedAboutMove.has(source.key)) return;
    askedAboutMove.add(source.key);
    const update = 'Update Source';
    const choice = await vscode.window.showInformationMessage(`"${sourceTitle(source)}" has moved to ${newUrl}. Updating the source starts its read state afresh.`, update);
    if (choice !== update) return;
    await settings.write(settings.read().map((s) => (s.url === source.config.url ? { ...s, url: newUrl } : s)));
  }));

  return {
    store, requests, settings, progress, scheduler,
    registerCommands(commands, view) {
      commands.register(new RefreshAllCommand(store, progress));
      commands.register(new RefreshSourceCommand(store, progress, view));
      commands.register(new AddSourceCommand(settings, store, progress));
      commands.register(new RemoveSourceCommand(settings, store, view));
      commands.register(new RenameSourceCommand(settings, store, view));
      commands.register(new SetFullArticleCommand(settings, store, view));
      commands.register(new ImportOpmlCommand(settings, store, progress));
      commands.register(new ExportOpmlCommand(settings));
    },
  };
}
