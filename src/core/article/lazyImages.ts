// Pages load images late with script: the real address sits in data-src/data-srcset, or in a <picture>'s
// <source> while the <img> has none. No script runs here, so the addresses are put where a reader's browser
// would have put them, before Readability (which drops images without a source) sees the page.
import type { DomDocument, DomElement } from '../render/html/domTypes';

const lazySource = ['data-src', 'data-lazy-src', 'data-original', 'data-actualsrc', 'data-hi-res-src'];
const lazySrcset = ['data-srcset', 'data-lazy-srcset'];
/** A 1×1 placeholder written as a data: URL, or an empty or "about:blank" source. */
const placeholderSource = /^(?:data:image\/(?:gif|png|svg\+xml)[;,]|about:blank$|$)/i;

export function revealLazyImages(document: DomDocument): void {
  for (const img of Array.from(document.documentElement.getElementsByTagName('img'))) {
    const src = img.getAttribute('src')?.trim() ?? '';
    const real = firstAttribute(img, lazySource);
    if (real && placeholderSource.test(src)) img.setAttribute('src', real);
    const srcset = firstAttribute(img, lazySrcset);
    if (srcset && !img.getAttribute('srcset')) img.setAttribute('srcset', srcset);
    if (!img.getAttribute('src') && !img.getAttribute('srcset')) fromPictureSources(img);
  }
}

function firstAttribute(element: DomElement, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

/** `<picture><source srcset="…"><img alt></picture>`: the img takes the first source's candidates. */
function fromPictureSources(img: DomElement): void {
  const picture = img.parentNode;
  if (!picture || picture.nodeName !== 'PICTURE') return;
  for (const source of Array.from(picture.getElementsByTagName('source'))) {
    const srcset = source.getAttribute('srcset')?.trim() || source.getAttribute('data-srcset')?.trim();
    if (srcset) {
      img.setAttribute('srcset', srcset);
      return;
    }
  }
}
