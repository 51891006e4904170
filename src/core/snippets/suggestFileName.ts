// The file name to offer when a snippet is saved into the project: the one the article names for it, else
// `snippet-N.<ext>` for its language.
import { isConsoleSession } from './consoleSession';
import { extensionForLanguage, languageForFileName, wholeFileNameForLanguage } from './languages';
import { extractSnippets } from './extractSnippets';
import { fileNameFromComment, looksLikeFileName } from './fileNameComment';
import { languageIdFor } from './languages';
import { languageFromSyntaxCues } from './syntaxCues';
import { sanitizeFileName } from './safePath';

/** File names written as inline code or bold in a stretch of Markdown, in order. */
function fileNamesIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/`([^`\n]+)`|\*\*([^*\n]+)\*\*|__([^_\n]+)__/g)) {
    const candidate = (match[1] ?? match[2] ?? match[3]).trim().replace(/^\.\//, '');
    if (looksLikeFileName(candidate)) names.push(candidate);
  }
  return names;
}

/** The paragraph (or heading, or list item) just above line `fenceLine`: the text that introduces the block. */
export function introductionOf(lines: string[], fenceLine: number): string {
  let end = fenceLine - 1;
  while (end >= 0 && lines[end].trim() === '') end--;
  let start = end;
  while (start > 0 && lines[start - 1].trim() !== '' && !/^\s*(?:```|~~~)/.test(lines[start - 1])) start--;
  return end < 0 ? '' : lines.slice(start, end + 1).join('\n');
}

/** The block's language without the model (this runs synchronously): fence, then prompts, then syntax cues. */
function quickLanguageOf(lang: string, code: string): string {
  const fenceId = languageIdFor(lang);
  if (fenceId !== '' && fenceId !== 'plaintext') return fenceId;
  if (isConsoleSession(code)) return 'tutorial-console';
  return languageFromSyntaxCues(code) ?? 'plaintext';
}

const family: Record<string, string> = { javascriptreact: 'javascript', typescriptreact: 'typescript', jsonc: 'json' };

/** A named file fits the block unless both languages are known and differ (`server.js` before an `npm start` block). */
function fits(fileName: string, languageId: string): boolean {
  const named = languageForFileName(fileName);
  // A .txt/.conf name fits any content (requirements.txt reads as ini to the detector).
  if (named === undefined || named === 'plaintext' || languageId === 'plaintext') return true;
  return (family[named] ?? named) === (family[languageId] ?? languageId);
}

function fallbackName(snippetIndex: number, languageId: string): string {
  return wholeFileNameForLanguage(languageId) ?? `snippet-${snippetIndex + 1}.${extensionForLanguage(languageId)}`;
}

/**
 * A file name for snippet `snippetIndex` of an article's Markdown: a file-name comment on its first line
 * (`# app.py`, `// src/index.ts`), else the last file name in inline code or bold in the text just before it
 * (`` `docker-compose.yml` ``, `**src/main.go**`) that fits its language, else `snippet-N.<ext>` (`Dockerfile`
 * for Dockerfiles). Pass `languageId` when it is known (e.g. from detectLanguage) to pick the extension.
 * Always a safe relative path.
 */
export function suggestFileName(markdown: string, snippetIndex: number, languageId?: string): string {
  const snippet = extractSnippets(markdown).find((candidate) => candidate.index === snippetIndex);
  if (!snippet) return fallbackName(snippetIndex, languageId ?? 'plaintext');
  const language = languageId ?? quickLanguageOf(snippet.lang, snippet.code);

  const commented = fileNameFromComment(snippet.code.split('\n', 1)[0]);
  const fromComment = commented === undefined ? undefined : sanitizeFileName(commented);
  if (fromComment) return fromComment;

  const mentioned = fileNamesIn(introductionOf(markdown.split(/\r?\n/), snippet.line)).reverse();
  for (const name of mentioned) {
    const safe = sanitizeFileName(name);
    if (safe && fits(safe, language)) return safe;
  }
  return fallbackName(snippetIndex, language);
}
