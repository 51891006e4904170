import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { isAllowedLinkUrl, isExternalUrl } from '../allowedUrls';

/**
 * Only http(s), mailto and `#fragment` links become `<a>`; any other link (javascript:, command:, vscode:,
 * file:, data:, relative paths) keeps just its text. External links get `rel="noopener noreferrer"`.
 */
export function safeLinks(md: MarkdownIt): void {
  // markdown-it's own check refuses a few schemes at parse time, which would show the Markdown source
  // `[text](javascript:…)`; every destination parses instead, and the rule below keeps only the text.
  md.validateLink = () => true;
  md.core.ruler.push('safe_links', unwrapRefusedLinks);

  // Defense in depth: should a refused href reach the renderer anyway, the `<a>` loses it.
  const original = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = String(token.attrGet('href') ?? '');
    if (!isAllowedLinkUrl(href)) token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href');
    else if (isExternalUrl(href)) token.attrSet('rel', 'noopener noreferrer');
    return original ? original(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
}

function unwrapRefusedLinks(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type === 'inline' && block.children) block.children = withoutRefusedLinks(block.children);
  }
}

function withoutRefusedLinks(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  // Links never nest, so a refused link ends at the next link_close.
  let insideRefused = false;
  for (const token of tokens) {
    if (token.type === 'link_open' && !isAllowedLinkUrl(String(token.attrGet('href') ?? ''))) {
      insideRefused = true;
    } else if (token.type === 'link_close' && insideRefused) {
      insideRefused = false;
    } else {
      kept.push(token);
    }
  }
  return kept;
}
