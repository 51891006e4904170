import * as vscode from 'vscode';
import { parseOpml, toOpml } from '../../core/sources/opml';
import { addSource, sourceKey } from '../../core/sources/sourceList';
import { BUILTIN_FEED_URL, Commands } from '../../ids';
import type { Command } from '../../util/commandManager';
import type { FeedStore } from '../feedStore';
import type { RefreshProgress } from '../refreshScheduler';
import type { SourceSettings } from '../sourceSettings';

const opmlFilters = { 'OPML subscription lists': ['opml', 'xml'], 'All files': ['*'] };

/** Adds every feed of an OPML file (another reader's export) that is not subscribed yet. */
export class ImportOpmlCommand implements Command {
  readonly id = Commands.importOpml;
  constructor(private readonly _settings: SourceSettings, private readonly _store: FeedStore, private readonly _progress: RefreshProgress) {}

  /** `file` skips the open dialog (tests). Returns how many sources were added. */
  async execute(file?: vscode.Uri): Promise<number> {
    const uri = file instanceof vscode.Uri ? file : (await vscode.window.showOpenDialog({ title: 'Import OPML', filters: opmlFilters, canSelectMany: false }))?.[0];
    if (!uri) return 0;
    try {
      const entries = parseOpml(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      let next = this._settings.read();
      const known = new Set(next.map((s) => sourceKey(s.url)));
      let added = 0;
      for (const entry of entries) {
        if (known.has(sourceKey(entry.url))) continue;
        next = addSource(next, { url: entry.url, name: entry.title });
        known.add(sourceKey(entry.url));
        added++;
      }
      await this._settings.write(next);
      const fresh = this._store.setSources(next);
      const skipped = entries.length - added;
      void vscode.window.showInformationMessage(`Imported ${added} source${added === 1 ? '' : 's'}${skipped ? ` (${skipped} already subscribed)` : ''}.`);
      if (fresh.length) await this._progress.run(() => this._store.refresh(fresh.map((s) => s.key), { manual: true }));
      return added;
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not import ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}

/** Writes the subscribed sources as OPML for other readers. */
export class ExportOpmlCommand implements Command {
  readonly id = Commands.exportOpml;
  constructor(private readonly _settings: SourceSettings) {}

  /** `file` skips the save dialog (tests). */
  async execute(file?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = file instanceof vscode.Uri ? file : await vscode.window.showSaveDialog({
      title: 'Export OPML', filters: opmlFilters, defaultUri: folder ? vscode.Uri.joinPath(folder, 'tutorial-sources.opml') : undefined,
    });
    if (!uri) return undefined;
    const sources = this._settings.read();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(toOpml(sources, 'Tutorial Reader sources')));
    // The built-in guide is not a feed other readers could open, so toOpml leaves it out.
    const exported = sources.filter((s) => s.url !== BUILTIN_FEED_URL).length;
    void vscode.window.showInformationMessage(`Exported ${exported} source${exported === 1 ? '' : 's'} to ${uri.fsPath}.`);
    return uri;
  }
}
