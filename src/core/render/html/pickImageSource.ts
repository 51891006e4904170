// Chooses the one URL an <img> (or <picture>) should become: the widest `srcset` candidate, else `src`.
import type { DomElement } from './domTypes';

interface Candidate {
  url: string;
  /** Width in pixels for `480w`, density times a large number for `2x`, 0 when undescribed. */
  size: number;
}

/** Lazy loaders keep the real address here and a placeholder in `src`. */
const lazySourceAttributes = ['data-src', 'data-lazy-src', 'data-original'];
const lazySrcsetAttributes = ['data-srcset', 'data-lazy-srcset'];
const trailingCommas = /,+$/;

/** The best image URL as written (not yet resolved), or undefined when the image has none. */
export function pickImageSource(img: DomElement, sources: readonly DomElement[] = []): string | undefined {
  let best: Candidate | undefined;
  const consider = (srcset: string | null) => {
    if (!srcset) return;
    for (const candidate of parseSrcset(srcset)) {
      if (!best || candidate.size > best.size) best = candidate;
    }
  };
  consider(srcsetOf(img));
  for (const source of sources) consider(srcsetOf(source) ?? source.getAttribute('src'));
  const src = srcOf(img);
  if (best && (best.size > 0 || !src)) return best.url;
  return src ?? best?.url;
}

function srcOf(img: DomElement): string | undefined {
  const src = img.getAttribute('src')?.trim();
  if (src && !src.startsWith('data:')) return src;
  for (const name of lazySourceAttributes) {
    const lazy = img.getAttribute(name)?.trim();
    if (lazy) return lazy;
  }
  return src || undefined;
}

function srcsetOf(element: DomElement): string | null {
  for (const name of lazySrcsetAttributes) {
    const lazy = element.getAttribute(name);
    if (lazy) return lazy;
  }
  return element.getAttribute('srcset');
}

/**
 * The candidates of a `srcset`, after the HTML algorithm: a URL runs to the next whitespace (URLs may contain
 * commas, as Substack's CDN addresses do), then descriptors run to the next comma.
 */
export function parseSrcset(srcset: string): Candidate[] {
  const candidates: Candidate[] = [];
  let at = 0;
  const length = srcset.length;
  while (at < length) {
    while (at < length && (isSpace(srcset.charCodeAt(at)) || srcset.charCodeAt(at) === 44)) at++;
    if (at >= length) break;
    let end = at;
    while (end < length && !isSpace(srcset.charCodeAt(end))) end++;
    let url = srcset.slice(at, end);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(trailingCommas, '');
      at = end;
    } else {
      const comma = srcset.indexOf(',', end);
      const descriptorEnd = comma === -1 ? length : comma;
      descriptor = srcset.slice(end, descriptorEnd).trim();
      at = descriptorEnd + 1;
    }
    if (url) candidates.push({ url, size: sizeOf(descriptor) });
  }
  return candidates;
}

function sizeOf(descriptor: string): number {
  const value = parseFloat(descriptor);
  if (!Number.isFinite(value) || value <= 0) return 0;
  if (descriptor.endsWith('w')) return value;
  // Density: rank 2x above 1x, and above undescribed, but below any real width.
  return descriptor.endsWith('x') ? value / 1000 : 0;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}
