// Tokens for the article search: lowercase words, and the parts of identifiers in code, so "useEffect",
// "use effect", "thread pool" and "ThreadPoolExecutor" all find what they name.

// Letters, digits, _ and $; any character from U+00C0 on except punctuation and symbol blocks. (Unicode property
// classes read the same words but at a third of the speed, and an index reads megabytes.)
const word = /[\w$\u00C0-\u1FFF\u2C00-\u2DFF\u3040-\uD7FF\uF900-\uFDFF\uFE70-\uFEFE\uFF10-\uFFDC]+/g;
/** Longer runs are hashes, base64 or minified code: not something anyone searches for. */
const maxTokenLength = 40;

/** The distinct words of what a user typed, lowercase, as typed ("useEffect" stays one word). */
export function searchWords(text: string): string[] {
  return [...new Set((text.match(word) ?? []).map((w) => w.replace(/^[_$]+|[_$]+$/g, '').toLowerCase()).filter(Boolean))];
}

/** The distinct search tokens of `text`, lowercase, each identifier also split into its parts. */
export function searchTokens(text: string): string[] {
  const tokens = new Set<string>();
  // Each distinct word once: an article repeats most of its words.
  for (const raw of new Set(text.match(word))) {
    if (raw.length > maxTokenLength) continue;
    const trimmed = raw.charCodeAt(0) === 95 || raw.charCodeAt(0) === 36 || /[_$]$/.test(raw) ? raw.replace(/^[_$]+|[_$]+$/g, '') : raw;
    if (trimmed) tokens.add(trimmed.toLowerCase());
    // camelCase, PascalCase, snake_case, HTTPServer → http server; digits stay with their word (h2, es2015).
    if (!compound.test(trimmed)) continue;
    for (const part of trimmed.split(parts)) if (part.length > 1) tokens.add(part.toLowerCase());
  }
  return [...tokens];
}

// Identifiers are ASCII in practice: camelCase, PascalCase, snake_case, HTTPServer.
const compound = /[_$]|[a-z0-9][A-Z]|[A-Z][A-Z][a-z]/;
const parts = /[_$]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/;
