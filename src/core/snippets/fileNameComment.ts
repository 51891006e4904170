// A code block whose first line is only a comment naming a file (`# app.py`, `// src/index.ts`, `<!-- index.html -->`)
// tells both the file to save it as and, through the extension, its language.
import { isWellKnownFileName, languageForFileName } from './languages';

const commentForms: RegExp[] = [
  /^\s*(?:#|\/\/|--|;|%)\s*(.+?)\s*$/, // # app.py, // src/index.ts, -- schema.sql, ; php.ini
  /^\s*\/\*+\s*(.+?)\s*\*+\/\s*$/, // /* style.css */
  /^\s*<!--\s*(.+?)\s*-->\s*$/, // <!-- index.html -->
];

/** A relative, absolute or home path of plain name characters: letters, digits, `_ @ . + -`, separated by `/`. */
const pathLike = /^(?:~\/|\.{0,2}\/)?[\w@.+-]+(?:\/[\w@.+-]+)*$/;

/** True when the text is a single file path with an extension or a name files carry whole (`Dockerfile`). */
export function looksLikeFileName(text: string): boolean {
  if (!pathLike.test(text) || /^\.+$/.test(text)) return false;
  const base = text.split('/').pop() ?? '';
  // A dotted version (`v1.2`) or a domain is not a file: the extension must be a language's, or the name well known.
  return isWellKnownFileName(base) || languageForFileName(base) !== undefined || /^[\w-]+\.(?:conf|txt|lock|cfg|log|csv|example|sample|template)$/i.test(base);
}

/** The file name a block's first line announces (`# File: app.py` → `app.py`), or undefined. */
export function fileNameFromComment(firstLine: string): string | undefined {
  for (const form of commentForms) {
    const body = form.exec(firstLine)?.[1];
    if (body === undefined) continue;
    const candidate = body.replace(/^(?:file(?:name)?|path)\s*[:=-]\s*/i, '');
    if (looksLikeFileName(candidate)) return candidate;
  }
  return undefined;
}
