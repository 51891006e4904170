import * as vscode from 'vscode';
import { articleKey, type Article } from '../articles/article';
import { ContextKeys } from '../ids';
import type { ArticleKey, ArticleStateStore } from '../storage/articleStateStore';
import type { PreviewWebviewState } from '../../types/previewMessaging';
import { Disposable } from '../util/dispose';
import { ArticlePreview, previewWebviewOptions, type ArticlePreviewDeps } from './articlePreview';
import { previewViewType } from '../ids';
import { affectsPreviewAppearance, readPreviewSettings } from './previewSettings';

/**
 * Owns every preview panel: opens or reuses one per the `preview.reuse` setting, restores them after a
 * window reload (the webview's saved state names the article), and tracks which one is focused.
 */
export class PreviewManager extends Disposable implements vscode.WebviewPanelSerializer<PreviewWebviewState> {
  private readonly _previews = new Set<ArticlePreview>();
  private _active: ArticlePreview | undefined;

  constructor(private readonly _deps: ArticlePreviewDeps, private readonly _state: ArticleStateStore) {
    super();
    this._register(vscode.window.registerWebviewPanelSerializer(previewViewType, this));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsPreviewAppearance(e)) for (const preview of this._previews) preview.refresh();
    }));
  }

  /** The focused preview, or the last one focused while it is still open. */
  get activePreview(): ArticlePreview | undefined {
    return this._active;
  }

  get previews(): readonly ArticlePreview[] {
    return [...this._previews];
  }

  /** Shows an article beside the active editor, marks it read, and returns its preview. */
  async show(article: Article): Promise<ArticlePreview> {
    const key = articleKey(article);
    const { reuse } = readPreviewSettings();
    let preview = [...this._previews].find((p) => p.matches(key)) ?? (reuse ? this._active ?? this.previews[0] : undefined);
    if (preview) {
      if (!preview.matches(key) || !preview.article) preview.show(article);
      preview.panel.reveal(preview.panel.viewColumn, true);
    } else {
      const panel = vscode.window.createWebviewPanel(previewViewType, article.item.title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableFindWidget: true, ...previewWebviewOptions(this._deps.extensionUri) });
      preview = this._track(new ArticlePreview(panel, this._deps, key, article));
    }
    this._active = preview;
    await this._state.setRead([key], true);
    return preview;
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewWebviewState | undefined): Promise<void> {
    const key: ArticleKey = isStateWithKey(state) ? { sourceKey: state.sourceKey, itemId: state.itemId } : { sourceKey: '', itemId: '' };
    this._track(new ArticlePreview(panel, this._deps, key, undefined));
  }

  /** Gives restored previews whose article was missing another try, e.g. once feeds load from the cache. */
  retryMissing(): void {
    for (const preview of this._previews) if (!preview.article) preview.refresh();
  }

  override dispose(): void {
    for (const preview of this._previews) preview.dispose();
    this._previews.clear();
    void setPreviewFocus(false);
    super.dispose();
  }

  private _track(preview: ArticlePreview): ArticlePreview {
    this._previews.add(preview);
    preview.onDidChangeViewState(() => {
      if (preview.panel.active) this._active = preview;
      void setPreviewFocus([...this._previews].some((p) => p.panel.active));
    });
    preview.onDidDispose(() => {
      this._previews.delete(preview);
      if (this._active === preview) this._active = undefined;
      void setPreviewFocus([...this._previews].some((p) => p.panel.active));
    });
    if (preview.panel.active) {
      this._active = preview;
      void setPreviewFocus(true);
    }
    return preview;
  }
}

function setPreviewFocus(focused: boolean): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', ContextKeys.previewFocus, focused);
}

function isStateWithKey(state: unknown): state is PreviewWebviewState {
  const s = state as PreviewWebviewState;
  return !!s && typeof s === 'object' && typeof s.sourceKey === 'string' && typeof s.itemId === 'string';
}
