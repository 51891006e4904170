// The one rule for which URLs Tutorial Reader lets an article or feed use, everywhere: the feed model, the
// HTML → Markdown converter, the preview's Markdown renderer and script, and every command that opens or copies
// a link. Allow-lists, not block-lists: a link to `command:`, `vscode:`, `file:` or `javascript:` would run or
// read something, so anything not listed is refused.
//
// - links: http, https, mailto; and `#fragment` links within the article (kept relative, so the preview scrolls);
// - images: https, http (asked for over https, which the preview's CSP allows), and inline PNG/GIF/JPEG/WebP data
//   (never SVG, which can carry script).
//
// URLs are read the way browsers read them (WHATWG URL): surrounding spaces and control characters dropped,
// tabs and newlines inside removed, scheme case ignored, so `  JaVa\tScRiPt:` is javascript: and refused.

export type UrlRole = 'link' | 'image';

const linkSchemes = new Set(['http:', 'https:', 'mailto:']);
const imageSchemes = new Set(['http:', 'https:']);
const rasterData = /^data:image\/(?:png|gif|jpeg|webp)[;,]/i;
/** What a browser strips from both ends of a URL before parsing it: C0 controls and space. */
// eslint-disable-next-line no-control-regex
const urlEdges = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const tabsAndNewlines = /[\t\n\r]/g;

export interface UrlContext {
  /** The address relative URLs resolve against: the article's page, or the feed's URL. */
  base?: string | URL;
}

/**
 * The URL to use for `raw` in `role`, or undefined when it is refused or cannot be made absolute. Relative URLs
 * resolve against `base`; a link to `base` itself with a fragment (or a bare `#fragment`) stays `#fragment`.
 * Images on http come back on https.
 */
export function safeUrl(raw: string | null | undefined, role: UrlRole, context: UrlContext = {}): string | undefined {
  const text = raw?.replace(urlEdges, '').replace(tabsAndNewlines, '');
  if (!text) return undefined;
  if (role === 'link' && text.startsWith('#')) return text.length > 1 ? text : undefined;
  if (role === 'image' && rasterData.test(text)) return text;
  let url: URL;
  let base: URL | undefined;
  try {
    base = context.base === undefined ? undefined : new URL(context.base);
  } catch {
    base = undefined;
  }
  try {
    // Protocol-relative URLs (//cdn.example/x.png) still need a scheme without a base: https.
    url = new URL(text, base ?? (text.startsWith('//') ? 'https://invalid.invalid/' : undefined));
  } catch {
    return undefined;
  }
  // An absolute URL is kept as written (feeds key read state by their links); a relative one becomes absolute.
  const absolute = URL.canParse(text);
  if (role === 'link') {
    if (!linkSchemes.has(url.protocol)) return undefined;
    if (base && url.hash.length > 1 && withoutHash(url) === withoutHash(base)) return url.hash;
    return absolute ? text : url.href;
  }
  if (!imageSchemes.has(url.protocol)) return undefined;
  if (url.protocol === 'http:') {
    url.protocol = 'https:';
    return url.href;
  }
  return absolute ? text : url.href;
}

/** True when `url` may be used in `role` as written, with nothing to resolve it against (no relative URLs). */
export function isSafeUrl(url: string, role: UrlRole): boolean {
  return safeUrl(url, role) !== undefined && (url.startsWith('#') || URL.canParse(url));
}

/** A link that leaves the article for the browser or mail client (http, https, mailto): what openExternal may open. */
export function isWebLink(href: string | undefined): href is string {
  if (!href) return false;
  const safe = safeUrl(href, 'link');
  return safe !== undefined && !safe.startsWith('#');
}

function withoutHash(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}
