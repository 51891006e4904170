/**
 * Feed text made safe to append to a tooltip's MarkdownString: Markdown syntax is escaped so a title or an
 * error message shows as written. Parentheses are left alone: with theme icons on, VS Code shows `\(` literally,
 * and with `[` escaped no link can form anyway.
 */
export function tooltipText(text: string): string {
  return text.replace(/[\\`*_{}[\]#+\-.!|<>~]/g, '\\$&');
}
