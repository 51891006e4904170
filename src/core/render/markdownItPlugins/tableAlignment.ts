import type { MarkdownIt } from 'markdown-it';

/**
 * markdown-it aligns table cells with an inline `style="text-align:…"`, which the preview's Content Security Policy
 * (no inline styles) blocks: a class carries the alignment instead (`align-right`, styled in media/preview.css).
 */
export function tableAlignment(md: MarkdownIt): void {
  md.core.ruler.push('table_alignment', (state) => {
    for (const token of state.tokens) {
      if (token.type !== 'th_open' && token.type !== 'td_open') continue;
      const style = String(token.attrGet('style') ?? '');
      const align = style && /text-align:\s*(left|right|center)/.exec(style)?.[1];
      if (!style) continue;
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
      if (align) token.attrJoin('class', `align-${align}`);
    }
  });
}
