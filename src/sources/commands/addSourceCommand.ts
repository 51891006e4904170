import * as vscode from 'vscode';
import { contentEngine } from '../../articles/contentEngine';
import { addSource } from '../../core/sources/sourceList';
import { Commands } from '../../ids';
import type { Command } from '../../util/commandManager';
import type { FeedStore } from '../feedStore';
import type { RefreshProgress } from '../refreshScheduler';
import type { SourceSettings } from '../sourceSettings';

/**
 * Subscribes to a feed given its URL, a web page that links to its feed, a file: URL or a local path.
 * The feed is fetched and parsed before it is added, so a typo never becomes a broken source.
 */
export class AddSourceCommand implements Command {
  readonly id = Commands.addSource;
  constructor(private readonly _settings: SourceSettings, private readonly _store: FeedStore, private readonly _progress: RefreshProgress) {}

  /** `input` skips the input box (tests, other commands). Returns the added URL, or undefined. */
  async execute(input?: unknown): Promise<string | undefined> {
    const typed = typeof input === 'string' ? input : await vscode.window.showInputBox({
      title: 'Add Tutorial Source',
      prompt: 'Feed URL, or the address of a blog or site that has a feed (file: URLs and local paths work too)',
      placeHolder: 'https://dev.to/feed/yourfavouriteauthor',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() ? undefined : 'Enter a feed or page address.'),
    });
    if (!typed?.trim()) return undefined;

    try {
      const found = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Looking for a feed at ${typed.trim()}…`, cancellable: false },
        () => contentEngine().resolveSource(typed),
      );
      const next = addSource(this._settings.read(), { url: found.url });
      await this._settings.write(next);
      // The settings listener would pick the change up too; doing it here lets us refresh the new source at once.
      const [source] = this._store.setSources(next);
      if (source) await this._progress.run(() => this._store.refresh([source.key], { manual: true }));
      const count = found.feed.items.length;
      void vscode.window.showInformationMessage(`Added "${found.title}" (${count} ${count === 1 ? 'article' : 'articles'}).`);
      return found.url;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(`Could not add source: ${message}`);
      return undefined;
    }
  }
}
