// Which URLs the preview may turn into links and images. Allow-lists, not block-lists: a webview link to
// `command:`, `vscode:` or `javascript:` would run something, and anything not listed here is refused.
// Inputs are markdown-it's normalized URLs: entities decoded, then whitespace and control characters
// percent-encoded, so `java&#x09;script:` arrives as `java%09script:` and has no scheme at all.

const linkPattern = /^(?:https?:\/\/|mailto:|#)/i;
// The preview's CSP allows https: and data: images; data: only for raster formats (SVG can carry script).
const imagePattern = /^(?:https?:\/\/|data:image\/(?:png|gif|jpeg|webp)[;,])/i;

/** http(s) and mailto links, and `#fragment` links within the article. */
export function isAllowedLinkUrl(url: string): boolean {
  return linkPattern.test(url);
}

/** http(s) images and inline PNG/GIF/JPEG/WebP data. */
export function isAllowedImageUrl(url: string): boolean {
  return imagePattern.test(url);
}

/** Links that leave the article, which get `rel="noopener noreferrer"`. */
export function isExternalUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
