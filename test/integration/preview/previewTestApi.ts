import * as vscode from 'vscode';
import type { TutorialReaderApi } from '../../../src/extension';
import type { PreviewApi } from '../../../src/preview/registerPreview';

/** The extension's test API with the preview's part (`preview`, returned by registerPreview) spelled out. */
export type PreviewTestApi = TutorialReaderApi & { previewApi: PreviewApi; previews: PreviewApi['previews'] };

export async function previewTestApi(): Promise<PreviewTestApi> {
  const extension = vscode.extensions.getExtension<TutorialReaderApi & { preview?: PreviewApi }>('tutorial-reader.tutorial-reader');
  if (!extension) throw new Error('Tutorial Reader is not installed in this VS Code');
  const api = await extension.activate();
  if (!api.preview) throw new Error('activate() does not return `preview` (registerPreview\'s result): the preview tests need it');
  return { ...api, previewApi: api.preview, previews: api.preview.previews };
}
