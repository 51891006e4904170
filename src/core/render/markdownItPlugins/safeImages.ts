import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { imageSource, isAllowedImageUrl } from '../allowedUrls';

/**
 * Images load only from http(s) (asked for over https) or inline raster data, lazily and without a Referer;
 * an image with any other source shows its alt text instead. Relies on safeLinks letting every destination parse.
 */
export function safeImages(md: MarkdownIt): void {
  md.core.ruler.push('safe_images', (state) => replaceRefusedImages(state, md));

  const original = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    // Defense in depth: the core rule has already replaced these.
    if (!isAllowedImageUrl(String(token.attrGet('src') ?? ''))) return md.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
    // The preview's CSP loads images over https only (no mixed content); image hosts serve both, so ask for https.
    token.attrSet('src', imageSource(String(token.attrGet('src'))) as string);
    token.attrSet('loading', 'lazy');
    token.attrSet('referrerpolicy', 'no-referrer');
    return original ? original(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
}

function replaceRefusedImages(state: StateCore, md: MarkdownIt): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    block.children = block.children.map((token) => (token.type === 'image' && !isAllowedImageUrl(String(token.attrGet('src') ?? ''))
      ? altText(state, md, token)
      : token));
  }
}

function altText(state: StateCore, md: MarkdownIt, image: Token): Token {
  const text = new state.Token('text', '', 0);
  text.content = md.renderer.renderInlineAsText(image.children ?? [], md.options, state.env);
  return text;
}
