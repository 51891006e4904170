import type { MarkdownIt } from 'markdown-it';
import hljs from 'highlight.js/lib/common';
import { languageIdFor } from '../../snippets/languages';

// highlight.js names for the VS Code ids whose names it does not know as aliases.
const hljsNameForId = new Map([
  ['shellscript', 'bash'],
  ['tutorial-console', 'shell'],
  ['javascriptreact', 'javascript'],
  ['typescriptreact', 'typescript'],
  ['jsonc', 'json'],
]);

/** The highlight.js language for a fence's language word, or undefined: unknown code is never guessed at. */
export function highlightLanguageFor(lang: string): string | undefined {
  if (!lang) return undefined;
  const id = languageIdFor(lang);
  return [lang, id, hljsNameForId.get(id)].find((name): name is string => typeof name === 'string' && hljs.getLanguage(name) !== undefined);
}

/** `code` highlighted as `lang` (a fence word or VS Code id), or undefined when highlight.js does not know it. */
export function highlightCode(code: string, lang: string): string | undefined {
  const language = highlightLanguageFor(lang);
  if (!language) return undefined;
  try {
    return hljs.highlight(code, { language, ignoreIllegals: true }).value;
  } catch {
    return undefined;
  }
}

/** Highlights fenced code in languages highlight.js's common set knows; everything else is escaped as is. */
export function highlightFences(md: MarkdownIt): void {
  md.set({ highlight: (code, lang) => highlightCode(code, lang) ?? '' });
}
