// Which URLs the preview may turn into links and images: the one URL policy (security/urlPolicy.ts), applied to
// markdown-it's normalized URLs (entities decoded, then whitespace and control characters percent-encoded, so
// `java&#x09;script:` arrives as `java%09script:` and has no scheme at all).
import { isSafeUrl, safeUrl } from '../security/urlPolicy';

/** http(s) and mailto links, and `#fragment` links within the article. */
export function isAllowedLinkUrl(url: string): boolean {
  return isSafeUrl(url, 'link');
}

/** http(s) images and inline PNG/GIF/JPEG/WebP data. */
export function isAllowedImageUrl(url: string): boolean {
  return isSafeUrl(url, 'image');
}

/** The source an allowed image loads from: http is asked for over https, which the preview's CSP allows. */
export function imageSource(url: string): string | undefined {
  return safeUrl(url, 'image');
}

/** Links that leave the article, which get `rel="noopener noreferrer"`. */
export function isExternalUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
