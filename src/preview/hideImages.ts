import { escapeHtml, unescapeHtml } from './escapeHtml';

/**
 * Text-only mode: replaces each `<img>` of rendered Markdown with a placeholder showing its alt text,
 * so nothing is fetched (the CSP then allows no images either). The input is markdown-it output,
 * whose attribute values never contain a raw `>` or `"`, so a tag-level match is exact.
 */
export function hideImages(html: string): string {
  return html.replace(/<img\b[^>]*>/gi, (tag) => {
    const alt = /\salt="([^"]*)"/i.exec(tag)?.[1];
    const text = alt ? unescapeHtml(alt).trim() : '';
    return `<span class="image-placeholder">[image${text ? `: ${escapeHtml(text)}` : ''}]</span>`;
  });
}
