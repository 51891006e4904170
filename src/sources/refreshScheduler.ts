import * as vscode from 'vscode';
import { Settings, Views } from '../ids';
import { Disposable } from '../util/dispose';
import type { FeedStore } from './feedStore';

/** Shows refresh work as progress on the Tutorials view. */
export class RefreshProgress {
  run<T>(work: () => Promise<T>): Thenable<T> {
    return vscode.window.withProgress({ location: { viewId: Views.sources } }, work);
  }
}

/**
 * Startup and periodic refresh: cached articles show at once, the network after, then every
 * `tutorialReader.refreshIntervalMinutes` (0 = only when asked).
 */
export class RefreshScheduler extends Disposable {
  private _timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly _store: FeedStore, private readonly _progress: RefreshProgress) {
    super();
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${Settings.section}.${Settings.refreshIntervalMinutes}`)) this._schedule();
    }));
    this._register({ dispose: () => this._stop() });
  }

  async start(): Promise<void> {
    await this._store.loadCached();
    this._schedule();
    // With automatic refresh off, only sources that have never been fetched are fetched at startup.
    const keys = this._intervalMinutes() > 0 ? undefined : this._store.sources().filter((s) => !s.feed).map((s) => s.key);
    if (keys?.length === 0) return;
    await this._progress.run(() => this._store.refresh(keys, { manual: false }));
  }

  private _intervalMinutes(): number {
    return vscode.workspace.getConfiguration(Settings.section).get<number>(Settings.refreshIntervalMinutes, 60);
  }

  private _schedule(): void {
    this._stop();
    const minutes = this._intervalMinutes();
    if (!(minutes > 0)) return;
    // Never more often than once a minute, whatever the setting says.
    const ms = Math.max(1, minutes) * 60_000;
    this._timer = setInterval(() => void this._progress.run(() => this._store.refresh(undefined, { manual: false })), ms);
  }

  private _stop(): void {
    if (this._timer) clearInterval(this._timer);
    this._timer = undefined;
  }
}
