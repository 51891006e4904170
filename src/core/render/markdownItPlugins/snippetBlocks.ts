import type { MarkdownIt, StateCore, Token } from 'markdown-it';

// Fenced code blocks are the article's snippets. Both the renderer and extractSnippets read the numbers this
// plugin gives while parsing, so `data-snippet="N"` is always the Nth Snippet. Indented code is not a snippet.

/** The snippet number the parser gave a `fence` token. */
export function snippetIndexOf(token: Token): number {
  return token.meta?.snippetIndex as number;
}

/** The fence's language as extractSnippets reports it: the info string's first word, lower-cased; '' when none. */
export function fenceLang(md: MarkdownIt, token: Token): string {
  return md.utils.unescapeAll(token.info).trim().split(/\s+/, 1)[0].toLowerCase();
}

/** Numbers fenced blocks and renders them as `<pre class="hljs" data-snippet="N" data-lang="x"><code …>`. */
export function snippetBlocks(md: MarkdownIt): void {
  md.core.ruler.push('snippet_numbers', numberFences);

  const original = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    // The same lower-cased word in `data-lang` and in `class="language-…"`.
    token.info = token.info.replace(/^\s*\S+/, (word) => word.toLowerCase());
    const html = original ? original(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    const lang = fenceLang(md, token);
    const attrs = ` class="hljs" data-snippet="${snippetIndexOf(token)}"${lang ? ` data-lang="${md.utils.escapeHtml(lang)}"` : ''}`;
    // markdown-it puts a fence's token attributes on `<code>`; the actions belong on the block.
    return html.startsWith('<pre>') ? `<pre${attrs}>${html.slice('<pre>'.length)}` : html;
  };
}

function numberFences(state: StateCore): void {
  let next = 0;
  for (const token of state.tokens) {
    if (token.type === 'fence') token.meta = { ...token.meta, snippetIndex: next++ };
  }
}
