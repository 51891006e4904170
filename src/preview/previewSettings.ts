import * as vscode from 'vscode';
import { Settings } from '../ids';
import type { PreviewAppearance } from './previewHtml';

export interface PreviewSettings {
  /** One panel for all articles (true) or one per article. */
  readonly reuse: boolean;
  readonly appearance: PreviewAppearance;
}

/** The preview's settings; unset font settings follow the Markdown preview's, so both previews read alike. */
export function readPreviewSettings(): PreviewSettings {
  const own = vscode.workspace.getConfiguration(Settings.section);
  const markdown = vscode.workspace.getConfiguration('markdown.preview');
  const fontSize = positiveNumber(own.get(Settings.previewFontSize)) ?? positiveNumber(markdown.get('fontSize'));
  const fontFamily = nonEmpty(own.get(Settings.previewFontFamily)) ?? nonEmpty(markdown.get('fontFamily'));
  return {
    reuse: own.get<boolean>(Settings.previewReuse, true) !== false,
    appearance: { showImages: own.get<boolean>(Settings.previewShowImages, true) !== false, fontSize, fontFamily },
  };
}

/** Whether a configuration change alters how open previews look. */
export function affectsPreviewAppearance(e: vscode.ConfigurationChangeEvent): boolean {
  return [Settings.previewShowImages, Settings.previewFontSize, Settings.previewFontFamily].some((s) => e.affectsConfiguration(`${Settings.section}.${s}`))
    || e.affectsConfiguration('markdown.preview.fontSize') || e.affectsConfiguration('markdown.preview.fontFamily');
}

function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
