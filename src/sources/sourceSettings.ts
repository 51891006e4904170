import * as vscode from 'vscode';
import { normalizeSources, type SourceConfig } from '../core/sources/sourceList';
import { Settings } from '../ids';
import { Disposable } from '../util/dispose';

/**
 * The `tutorialReader.sources` setting: read tolerantly (users edit settings.json by hand), written back whole.
 * Problems in a hand-edited list are reported once per change, never thrown.
 */
export class SourceSettings extends Disposable {
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this._onDidChange.event;
  private _lastProblems = '';

  constructor() {
    super();
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${Settings.section}.${Settings.sources}`)) this._onDidChange.fire();
    }));
  }

  read(): SourceConfig[] {
    const raw = vscode.workspace.getConfiguration(Settings.section).get<unknown>(Settings.sources);
    const { sources, problems } = normalizeSources(raw);
    this._reportProblems(problems);
    return sources;
  }

  async write(sources: readonly SourceConfig[]): Promise<void> {
    const value = sources.map((s) => ({ url: s.url, ...(s.name ? { name: s.name } : {}), ...(s.fullArticle ? { fullArticle: s.fullArticle } : {}) }));
    await vscode.workspace.getConfiguration(Settings.section).update(Settings.sources, value, vscode.ConfigurationTarget.Global);
  }

  private _reportProblems(problems: readonly string[]): void {
    const text = problems.join(' ');
    if (text === this._lastProblems) return;
    this._lastProblems = text;
    if (!problems.length) return;
    const open = 'Open Settings';
    void vscode.window.showWarningMessage(`Tutorial Reader skipped part of the "${Settings.section}.${Settings.sources}" setting: ${text}`, open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettingsJson');
    });
  }
}
