// Feed generators append invisible images that report a view (Medium's `medium.com/_/stat`, WordPress stats,
// FeedBurner): they must not show up as images in the article.
import type { DomElement } from './domTypes';

const pixelAddresses = /^https?:\/\/(?:(?:[\w-]+\.)*medium\.com\/_\/stat|(?:pixel|stats)\.wp\.com\/|(?:www\.)?google-analytics\.com\/|feeds\.feedburner\.com\/~r\/|[\w-]+\.substackcdn\.com\/open)/i;

export function isTrackingPixel(img: DomElement, url: string): boolean {
  return isTiny(img.getAttribute('width')) || isTiny(img.getAttribute('height')) || pixelAddresses.test(url);
}

/** A declared size of 2px or less; percentages and missing sizes are not tiny. */
function isTiny(size: string | null): boolean {
  if (size === null) return false;
  const value = parseFloat(size);
  return Number.isFinite(value) && value <= 2 && !size.trim().endsWith('%');
}
