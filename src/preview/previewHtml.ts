import { randomBytes } from 'crypto';
import type { PreviewPageData } from '../../types/previewMessaging';
import { escapeHtml } from './escapeHtml';
import { isWebLink } from '../core/security/urlPolicy';

// Builds the preview's HTML document. Pure (no `vscode`): the webview's cspSource and resource URIs come in
// as strings, so the benchmark and unit tests can run it in plain Node.

/** Where the webview loads our own files from, and what the page may load. */
export interface PreviewResources {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** `webview.asWebviewUri(media/preview.js)`. */
  readonly scriptUri: string;
  /** `webview.asWebviewUri(media/preview.css)`. */
  readonly styleUri: string;
}

export interface PreviewAppearance {
  readonly showImages: boolean;
  /** Pixels; undefined keeps the theme's size. */
  readonly fontSize?: number;
  /** A CSS font-family list; undefined keeps the theme's font. */
  readonly fontFamily?: string;
}

/** The header line under the title: everything already in display form. */
export interface PreviewHeader {
  readonly title: string;
  readonly sourceTitle: string;
  readonly author?: string;
  /** ISO date, for the `<time datetime>` attribute. */
  readonly dateIso?: string;
  readonly dateLabel?: string;
  readonly readingTime: string;
  readonly categories: readonly string[];
  readonly link?: string;
  /** Where the text comes from, for teaser feeds whose page is fetched (see FullArticles). */
  readonly fullArticle?: FullArticleNotice;
  /** Code blocks in the article: with any, the header offers to save them all to the workspace. */
  readonly snippetCount?: number;
}

/** The line under the title of an article whose page is fetched, and the one button it offers. */
export type FullArticleNotice =
  | { readonly kind: 'full'; readonly host: string }
  | { readonly kind: 'feedText'; readonly host: string }
  | { readonly kind: 'loading'; readonly host: string }
  | { readonly kind: 'none'; readonly host: string }
  | { readonly kind: 'failed'; readonly host: string; readonly reason: string };

export interface PreviewDocument {
  readonly header: PreviewHeader;
  /** Safe HTML from the core's renderMarkdown (images already replaced when hidden). */
  readonly bodyHtml: string;
  readonly page: PreviewPageData;
}

/** A fresh, unguessable nonce for each render (never Math.random). */
export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

export function contentSecurityPolicy(cspSource: string, nonce: string, showImages: boolean): string {
  return [
    "default-src 'none'",
    showImages ? 'img-src https: data:' : "img-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export function buildPreviewHtml(doc: PreviewDocument, resources: PreviewResources, appearance: PreviewAppearance, nonce = createNonce()): string {
  const main = `${headerHtml(doc.header)}\n<main class="markdown-body">\n${doc.bodyHtml}\n</main>`;
  return documentHtml(doc.header.title, main, resources, appearance, nonce, JSON.stringify(doc.page));
}

/**
 * A page with just a message, e.g. when a restored preview's article has left the cache.
 * It still carries the article's key, so the panel keeps its place across another reload.
 */
export function buildMessageHtml(title: string, message: string, page: PreviewPageData, resources: PreviewResources, appearance: PreviewAppearance, nonce = createNonce()): string {
  const main = `<main class="preview-message" role="status">\n<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>\n</main>`;
  return documentHtml(title, main, resources, { ...appearance, showImages: false }, nonce, JSON.stringify(page));
}

function documentHtml(title: string, main: string, resources: PreviewResources, appearance: PreviewAppearance, nonce: string, pageJson: string): string {
  const csp = contentSecurityPolicy(resources.cspSource, nonce, appearance.showImages);
  const fontRule = fontCss(appearance);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(resources.styleUri)}">
${fontRule ? `<style nonce="${nonce}">${fontRule}</style>\n` : ''}</head>
<body class="${appearance.showImages ? 'images-shown' : 'images-hidden'}" data-page="${escapeHtml(pageJson)}">
${main}
<script nonce="${nonce}" src="${escapeHtml(resources.scriptUri)}"></script>
</body>
</html>
`;
}

function headerHtml(h: PreviewHeader): string {
  const meta = [`<span class="article-source">${escapeHtml(h.sourceTitle)}</span>`];
  if (h.author) meta.push(`<span class="article-author">${escapeHtml(h.author)}</span>`);
  if (h.dateLabel) meta.push(`<time${h.dateIso ? ` datetime="${escapeHtml(h.dateIso)}"` : ''}>${escapeHtml(h.dateLabel)}</time>`);
  meta.push(`<span class="article-reading-time">${escapeHtml(h.readingTime)}</span>`);
  const lines = [
    '<header class="article-header">',
    `<h1 class="article-title">${escapeHtml(h.title)}</h1>`,
    `<p class="article-meta">${meta.join('<span class="separator" aria-hidden="true"> · </span>')}</p>`,
  ];
  if (h.categories.length) {
    lines.push(`<ul class="article-categories" aria-label="Categories">${h.categories.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`);
  }
  const links = h.link && isWebLink(h.link) ? [`<a href="${escapeHtml(h.link)}">Read the original</a>`] : [];
  const action = (name: string, label: string) => `<button type="button" class="article-action" data-article-action="${name}">${label}</button>`;
  if (h.snippetCount) links.push(action('saveSnippetsToWorkspace', `Save ${h.snippetCount === 1 ? 'the snippet' : `${h.snippetCount} snippets`} to Workspace…`));
  if (h.snippetCount !== undefined) links.push(action('saveAsMarkdown', 'Save as Markdown…'));
  if (links.length) lines.push(`<p class="article-original">${links.join('<span class="separator" aria-hidden="true"> · </span>')}</p>`);
  if (h.fullArticle) lines.push(fullArticleHtml(h.fullArticle));
  lines.push('</header>');
  return lines.join('\n');
}

function fullArticleHtml(notice: FullArticleNotice): string {
  const host = escapeHtml(notice.host);
  const button = (action: string, label: string) => `<button type="button" class="full-article-action" data-full-article="${action}">${label}</button>`;
  const line = (text: string, action = '') => `<p class="full-article full-article-${notice.kind}" role="status">${text}${action ? ` ${action}` : ''}</p>`;
  switch (notice.kind) {
    case 'full': return line(`Full article from ${host} <span class="separator" aria-hidden="true">·</span>`, button('showFeedText', 'Show feed text'));
    case 'feedText': return line(`Feed text <span class="separator" aria-hidden="true">·</span>`, button('showFullArticle', `Show full article from ${host}`));
    case 'loading': return line(`<span class="full-article-spinner" aria-hidden="true"></span>Fetching the full article from ${host}… Showing the feed's summary meanwhile.`);
    case 'none': return line(`${host} shows no readable article on its page; this is the feed's text.`, button('retry', 'Retry'));
    case 'failed': return line(`Could not fetch the full article: ${escapeHtml(notice.reason)}${/[.!?]$/.test(notice.reason) ? '' : '.'} Showing the feed's summary.`, button('retry', 'Retry'));
  }
}

/** The font settings as a CSS rule; stripped of anything that could end the rule or the style element. */
function fontCss({ fontSize, fontFamily }: PreviewAppearance): string {
  const declarations: string[] = [];
  if (fontSize !== undefined && Number.isFinite(fontSize) && fontSize > 0) declarations.push(`font-size: ${Math.min(fontSize, 100)}px;`);
  const family = fontFamily?.replace(/[<>{}\\;\r\n]/g, '').trim();
  if (family) declarations.push(`font-family: ${family};`);
  return declarations.length ? `body { ${declarations.join(' ')} }` : '';
}
