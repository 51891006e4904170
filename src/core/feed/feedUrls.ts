// Links in feeds may be relative (to xml:base or the feed's own URL) and may be hostile (javascript:, command:).
import { safeUrl, type UrlRole } from '../security/urlPolicy';

/**
 * The absolute address of an article link (`role` 'link') or picture ('image'), resolved against `base`;
 * undefined when the URL policy refuses it or it cannot be made absolute: the reader opens and copies these.
 */
export function resolveUrl(href: string | undefined, base: string | undefined, role: UrlRole = 'link'): string | undefined {
  const url = safeUrl(href, role, { base });
  // A feed's own links point at pages, never at a place in the feed.
  return url?.startsWith('#') ? undefined : url;
}

/** The base URL in effect inside an element with this `xml:base` (itself possibly relative to the outer base). */
export function nestedBase(xmlBase: string | undefined, outerBase: string | undefined): string | undefined {
  if (!xmlBase?.trim()) return outerBase;
  try {
    return new URL(xmlBase.trim(), outerBase).href;
  } catch {
    return outerBase;
  }
}
