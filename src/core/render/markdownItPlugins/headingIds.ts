import type { MarkdownIt, Token } from 'markdown-it';
import { headingSlugger } from '../headingSlugs';

/**
 * Gives each heading the id its text slugs to, so an article's table of contents (`[Setup](#setup)`, pointed at
 * these ids by the converter) scrolls the preview. Text only: code spans count by their content, images not.
 */
export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push('heading_ids', (state) => {
    const slug = headingSlugger();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].type !== 'heading_open') continue;
      const text = inlineText(tokens[i + 1]?.children ?? []);
      if (text.trim()) tokens[i].attrSet('id', slug(text));
    }
  });
}

function inlineText(children: Token[]): string {
  return children.map((token) => (token.type === 'text' || token.type === 'code_inline' ? token.content : token.type === 'softbreak' ? ' ' : '')).join('');
}
