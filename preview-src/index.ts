// The article preview's own script, the only one its CSP lets run. It adds a toolbar to each code block,
// sends link clicks and toolbar actions to the extension, and keeps the scroll position in the webview state.
import { safeUrl } from '../src/core/security/urlPolicy';
import type { ArticleAction, FromWebviewMessage, FullArticleAction, PreviewPageData, PreviewWebviewState, SnippetAction, ToWebviewMessage } from '../types/previewMessaging';

interface VsCodeApi {
  postMessage(message: FromWebviewMessage): void;
  getState(): unknown;
  setState(state: PreviewWebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
vscode.postMessage({ type: 'ready' });

const buttons: { action: SnippetAction; label: string; done: string; shellOnly?: boolean }[] = [
  { action: 'openInEditor', label: 'Open in Editor', done: 'Opened' },
  { action: 'copy', label: 'Copy', done: 'Copied' },
  { action: 'insertAtCursor', label: 'Insert at Cursor', done: 'Inserted' },
  { action: 'saveToFile', label: 'Save to File…', done: 'Saved' },
  { action: 'sendToTerminal', label: 'Send to Terminal', done: 'Sent', shellOnly: true },
];

const page = readPageData();
const restoredScrollY = savedScrollY();
const announcer = createAnnouncer();
addCodeToolbars();
// VS Code scrolls a re-rendered webview back to where the old content was, also when the panel now shows another
// article; the state says where this article was (or that it is new: top). Applied until the user scrolls.
let userScrolled = false;
for (const type of ['wheel', 'keydown', 'mousedown', 'touchstart']) {
  window.addEventListener(type, () => { userScrolled = true; }, { once: true, passive: true, capture: true });
}
restoreScroll();
window.addEventListener('load', () => {
  restoreScroll();
  setTimeout(restoreScroll, 0);
});
window.addEventListener('scroll', throttle(saveState, 100), { passive: true });
saveState();

// On the document, so stopPropagation keeps VS Code's own window-level link handler from opening links a second time.
document.addEventListener('click', onClick, true);
document.addEventListener('auxclick', onClick, true);
window.addEventListener('message', (event: MessageEvent<ToWebviewMessage>) => {
  if (event.data?.type === 'snippetActionDone') onActionDone(event.data);
  if (event.data?.type === 'guessedLanguages') showGuessedLanguages(event.data);
});

function readPageData(): PreviewPageData | undefined {
  try {
    const data = JSON.parse(document.body.dataset.page ?? '') as PreviewPageData;
    return typeof data.sourceKey === 'string' && typeof data.itemId === 'string' ? data : undefined;
  } catch {
    return undefined;
  }
}

function addCodeToolbars(): void {
  const shell = new Set(page?.shellSnippets ?? []);
  for (const pre of Array.from(document.querySelectorAll<HTMLElement>('pre[data-snippet]'))) {
    const index = Number(pre.dataset.snippet);
    if (!Number.isInteger(index) || index < 0) continue;
    const language = languageOf(pre);
    const name = `code block ${index + 1}${language ? ` (${language})` : ''}`;
    const toolbar = document.createElement('div');
    toolbar.className = 'code-toolbar';
    toolbar.setAttribute('role', 'group');
    toolbar.setAttribute('aria-label', `Actions for ${name}`);
    if (language) {
      const label = document.createElement('span');
      label.className = 'code-language';
      label.textContent = language;
      toolbar.append(label);
    }
    for (const spec of buttons) {
      if (spec.shellOnly && !shell.has(index)) continue;
      toolbar.append(actionButton(spec, index, name));
    }
    const block = document.createElement('div');
    block.className = 'code-block';
    pre.replaceWith(block);
    block.append(toolbar, pre);
  }
}

function actionButton({ action, label }: { action: SnippetAction; label: string }, index: number, name: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'code-action';
  button.dataset.action = action;
  button.dataset.snippet = String(index);
  button.textContent = label;
  button.title = label;
  button.setAttribute('aria-label', `${label.replace('…', '')}: ${name}`);
  return button;
}

function languageOf(pre: HTMLElement): string {
  const fromAttribute = pre.dataset.lang ?? pre.querySelector('code')?.dataset.lang;
  if (fromAttribute) return fromAttribute;
  const className = `${pre.className} ${pre.querySelector('code')?.className ?? ''}`;
  return /\blanguage-([\w+#.-]+)/.exec(className)?.[1] ?? '';
}

function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest<HTMLButtonElement>('button.code-action');
  if (button && event.type === 'click') {
    const index = Number(button.dataset.snippet);
    if (!page) return;
    vscode.postMessage({ type: 'snippetAction', action: button.dataset.action as SnippetAction, index, article: { sourceKey: page.sourceKey, itemId: page.itemId } });
    return;
  }
  const fullArticleButton = target?.closest<HTMLButtonElement>('button.full-article-action');
  if (fullArticleButton && event.type === 'click') {
    if (!page) return;
    fullArticleButton.disabled = true;
    vscode.postMessage({ type: 'fullArticle', action: fullArticleButton.dataset.fullArticle as FullArticleAction, article: { sourceKey: page.sourceKey, itemId: page.itemId } });
    return;
  }
  const articleButton = target?.closest<HTMLButtonElement>('button.article-action');
  if (articleButton && event.type === 'click') {
    if (!page) return;
    vscode.postMessage({ type: 'articleAction', action: articleButton.dataset.articleAction as ArticleAction, article: { sourceKey: page.sourceKey, itemId: page.itemId } });
    return;
  }
  const link = target?.closest('a');
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  const href = safeUrl(link.getAttribute('href'), 'link');
  if (href?.startsWith('#')) {
    document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
  } else if (href) {
    // The extension checks again: only web and mail links open, and outside VS Code.
    vscode.postMessage({ type: 'openLink', href });
  }
}

/** Labels each unmarked block with the language the extension guessed ("python · guessed") and highlights it so. */
function showGuessedLanguages({ article, blocks }: Extract<ToWebviewMessage, { type: 'guessedLanguages' }>): void {
  if (!page || article.sourceKey !== page.sourceKey || article.itemId !== page.itemId) return;
  for (const { index, languageId, html, shell } of blocks) {
    const pre = document.querySelector<HTMLElement>(`pre[data-snippet="${index}"]`);
    const toolbar = pre?.parentElement?.querySelector('.code-toolbar');
    if (!pre || !toolbar || toolbar.querySelector('.code-language')) continue;
    const label = document.createElement('span');
    label.className = 'code-language guessed';
    label.textContent = `${languageId} · guessed`;
    label.title = 'The article does not say; guessed from the code';
    toolbar.prepend(label);
    toolbar.setAttribute('aria-label', `${toolbar.getAttribute('aria-label') ?? ''} (${languageId}, guessed)`);
    if (shell && !toolbar.querySelector('[data-action="sendToTerminal"]')) {
      const spec = buttons.find((b) => b.action === 'sendToTerminal');
      if (spec) toolbar.append(actionButton(spec, index, `code block ${index + 1} (${languageId})`));
    }
    const code = pre.querySelector('code');
    // The extension's highlight.js output: the code escaped, wrapped in token spans, nothing else.
    if (code && html !== undefined) {
      code.innerHTML = html;
      pre.classList.add('hljs');
    }
  }
}

function onActionDone({ action, index, ok }: Extract<ToWebviewMessage, { type: 'snippetActionDone' }>): void {
  if (!ok) return;
  const spec = buttons.find((b) => b.action === action);
  const button = document.querySelector<HTMLButtonElement>(`button.code-action[data-action="${action}"][data-snippet="${index}"]`);
  if (!spec || !button) return;
  button.textContent = spec.done;
  button.classList.add('done');
  announcer.textContent = `${spec.done}: code block ${index + 1}`;
  setTimeout(() => {
    button.textContent = spec.label;
    button.classList.remove('done');
  }, 1500);
}

/** A polite live region, so screen readers hear "Copied" too. */
function createAnnouncer(): HTMLElement {
  const region = document.createElement('div');
  region.className = 'visually-hidden';
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  return region;
}

/** Where this article was scrolled to before a reload or re-render; 0 for a newly shown article. */
function savedScrollY(): number {
  const state = vscode.getState() as Partial<PreviewWebviewState> | undefined;
  if (!page || !state || state.sourceKey !== page.sourceKey || state.itemId !== page.itemId) return 0;
  return typeof state.scrollY === 'number' && state.scrollY > 0 ? state.scrollY : 0;
}

function restoreScroll(): void {
  if (!userScrolled && Math.round(window.scrollY) !== restoredScrollY) window.scrollTo(0, restoredScrollY);
}

function saveState(): void {
  if (page) vscode.setState({ sourceKey: page.sourceKey, itemId: page.itemId, scrollY: Math.round(window.scrollY) });
}

function throttle(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  };
}
