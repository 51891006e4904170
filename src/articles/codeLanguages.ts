/**
 * The languages an article's code blocks are marked with, read from class names without converting the article:
 * a search hint over thousands of articles must be instant. The exact languages come from the converter.
 */
export function codeLanguagesOf(html: string): string[] {
  const found = new Set<string>();
  const pattern = /<(?:pre|code)\b[^>]*?(?:class="[^"]*?\b(?:language|lang)-([\w+#.-]+)|class="[^"]*?\bhighlight\s+([\w+#.-]+)|data-lang(?:uage)?="([\w+#.-]+))/gi;
  for (const m of html.matchAll(pattern)) {
    const lang = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    if (lang && !plainNames.has(lang)) found.add(lang);
  }
  return [...found];
}

const plainNames = new Set(['plaintext', 'text', 'plain', 'none', 'nohighlight']);
