// Escapes prose text so Markdown shows it literally. One pass over the text (turndown's own escape makes
// thirteen), and it also neutralises HTML-looking text: `<div>` in prose becomes `&lt;div>`, so no raw tag
// reaches the Markdown, and a literal `&amp;` stays visible as written. Unicode spaces (NBSP and friends) next
// to other spaces or at a text's edge are written as character references: turndown's final trim matches
// trailing whitespace with a regex that is quadratic in the length of a whitespace run, and turndown only
// collapses ASCII whitespace, so a long run of `&nbsp;` would otherwise take seconds.

/** Inline specials anywhere in the text. `!` only matters right before a link's `[`, i.e. at a text's end. */
const inlineSpecials = /[\\*_`[\]]|~(?=~)|<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]{1,32};)|!$|^[^\S\t\n\r ]|(?<=\s)[^\S\t\n\r ]|[^\S\t\n\r ](?=\s|$)/g;
/** Specials that only mean something at the start of a line; a text node starts a line at most at its start. */
const lineStartSpecials = /^(?:[-+=>]|#{1,6}(?=[ \t]|$)|\d{1,9}(?=[.)](?:[ \t]|$)))/;

function escapeInline(special: string): string {
  if (special.length === 1 && special.charCodeAt(0) > 127) return '&#x' + special.charCodeAt(0).toString(16) + ';';
  if (special === '<') return '&lt;';
  if (special === '&') return '&amp;';
  return '\\' + special;
}

export function escapeMarkdownText(text: string): string {
  let escaped = text.replace(inlineSpecials, escapeInline);
  const lineStart = lineStartSpecials.exec(escaped);
  if (lineStart) {
    const token = lineStart[0];
    // "1." / "1)" keep the digits and escape the delimiter; the others escape their first character.
    const isOrderedMarker = token.charCodeAt(0) >= 48 && token.charCodeAt(0) <= 57;
    escaped = isOrderedMarker ? token + '\\' + escaped.slice(token.length) : '\\' + escaped;
  }
  return escaped;
}
