// Links in feeds may be relative (to xml:base or the feed's own URL) and may be hostile (javascript:).

/** Schemes that run code when opened; data: images are harmless and some feeds inline them. */
const unsafeSchemes = /^\s*(?:javascript:|vbscript:|data:(?!image\/))/i;

/**
 * An absolute `href` as written; a relative one made absolute against `base`, or kept as written without a usable
 * base. Script URLs (javascript:, vbscript:, non-image data:) are dropped (undefined): the reader opens these links.
 */
export function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed || unsafeSchemes.test(trimmed)) return undefined;
  if (URL.canParse(trimmed)) return trimmed;
  try {
    const resolved = new URL(trimmed, base).href;
    return unsafeSchemes.test(resolved) ? undefined : resolved;
  } catch {
    return trimmed;
  }
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
