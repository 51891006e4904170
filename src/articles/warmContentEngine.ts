import type * as vscode from 'vscode';
import { contentEngine, isContentEngineLoaded } from './contentEngine';

/** After the Tutorials view shows, long enough for its first paint, short enough to beat the first click. */
const warmDelayMs = 300;
const sample = '<h2>Warm up</h2><p>Some <em>text</em> and <a href="https://example.com">a link</a>.</p><pre><code class="language-typescript">const answer: number = 42;</code></pre>';

/**
 * Loads the content engine and runs one tiny article through it once the Tutorials view is shown, so the first
 * article a user clicks doesn't pay for loading turndown, markdown-it and highlight.js. Never at activation.
 */
export function warmContentEngineWhenShown(view: vscode.TreeView<unknown>): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer || isContentEngineLoaded() || !view.visible) return;
    timer = setTimeout(() => {
      const engine = contentEngine();
      const markdown = engine.htmlToMarkdown(sample, { baseUrl: 'https://example.com/' });
      engine.extractSnippets(markdown);
      engine.renderMarkdown(markdown);
    }, warmDelayMs);
  };
  const listener = view.onDidChangeVisibility(schedule);
  // A view restored open at startup: wait until activation has returned.
  setTimeout(schedule, 0);
  return { dispose: () => { listener.dispose(); clearTimeout(timer); } };
}
