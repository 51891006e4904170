import type { MarkdownIt } from 'markdown-it';

/** Wraps each table in `<div class="table-wrapper">` so a wide table scrolls instead of widening the page. */
export function tableWrapper(md: MarkdownIt): void {
  const open = md.renderer.rules.table_open;
  md.renderer.rules.table_open = (tokens, idx, options, env, self) =>
    `<div class="table-wrapper">\n${open ? open(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options)}`;
  const close = md.renderer.rules.table_close;
  md.renderer.rules.table_close = (tokens, idx, options, env, self) =>
    `${close ? close(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options)}</div>\n`;
}
