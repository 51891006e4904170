// Article links and images must work outside the article's page: relative, root-relative and protocol-relative
// URLs are resolved against the article's own address, and only web (and mail) schemes survive.

const linkProtocols = new Set(['http:', 'https:', 'mailto:']);
const imageProtocols = new Set(['http:', 'https:']);
/** Without an article address, protocol-relative URLs still get a scheme. */
const fallbackBase = new URL('https://invalid.invalid/');

export type UrlKind = 'link' | 'image';

/** Parses the article address once per conversion; undefined when missing or not absolute. */
export function parseBaseUrl(baseUrl: string | undefined): URL | undefined {
  if (!baseUrl) return undefined;
  try {
    return new URL(baseUrl);
  } catch {
    return undefined;
  }
}

/** The absolute form of `raw`, or undefined when it cannot be made absolute or uses another scheme. */
export function resolveUrl(raw: string | null, base: URL | undefined, kind: UrlKind): string | undefined {
  const trimmed = raw?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed, trimmed.startsWith('//') ? fallbackBase : undefined);
  } catch {
    return undefined;
  }
  return (kind === 'link' ? linkProtocols : imageProtocols).has(url.protocol) ? url.href : undefined;
}
