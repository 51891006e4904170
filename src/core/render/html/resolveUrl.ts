// Article links and images must work outside the article's page: relative, root-relative and protocol-relative
// URLs are resolved against the article's own address, and only what the URL policy allows survives.
import { safeUrl, type UrlRole } from '../../security/urlPolicy';

export type UrlKind = UrlRole;

/** Parses the article address once per conversion; undefined when missing or not absolute. */
export function parseBaseUrl(baseUrl: string | undefined): URL | undefined {
  if (!baseUrl) return undefined;
  try {
    return new URL(baseUrl);
  } catch {
    return undefined;
  }
}

/**
 * The absolute form of `raw`, or undefined when it cannot be made absolute or the policy refuses it. A link to
 * a place in the article itself (`#setup`, or the article's own address with a fragment) stays `#setup`.
 */
export function resolveUrl(raw: string | null, base: URL | undefined, kind: UrlKind): string | undefined {
  return safeUrl(raw, kind, { base });
}
