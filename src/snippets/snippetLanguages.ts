import type { Snippet } from '../core/model';
import { contentEngine } from '../articles/contentEngine';
import { isPlainText, languageIdFor } from '../core/snippets/languages';

/** What VS Code should know about a snippet: its language, and the file the tutorial meant it for. */
export interface SnippetDescription {
  readonly languageId: string;
  readonly fileName: string;
  /** True when the name came from the article rather than being `snippet-N.<ext>`. */
  readonly named: boolean;
}

const memo = new Map<string, Promise<SnippetDescription[]>>();
const MEMO_SIZE = 50;

/**
 * Describes every snippet of an article's Markdown. Language guessing (and so the model) runs only here, when
 * snippets are listed or opened, never at activation. Results are remembered for the most recent articles.
 */
export function describeSnippets(markdown: string, snippets: readonly Snippet[] = contentEngine().extractSnippets(markdown)): Promise<SnippetDescription[]> {
  let described = memo.get(markdown);
  if (!described) {
    described = describe(markdown, snippets);
    memo.set(markdown, described);
    if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  }
  return described;
}

async function describe(markdown: string, snippets: readonly Snippet[]): Promise<SnippetDescription[]> {
  const { detectLanguage, suggestFileName, introductionOf } = contentEngine();
  // The languages the article's author did mark tell the model which way to lean for the unmarked blocks, and so
  // does the sentence that introduces each block ("Here is the handler in Go:", "in your `app.py`").
  const articleLanguages = [...new Set(snippets.map((s) => languageIdFor(s.lang)).filter((id) => !isPlainText(id)))];
  const lines = markdown.split(/\r?\n/);
  const result: SnippetDescription[] = [];
  for (const snippet of snippets) {
    const context = introductionOf(lines, snippet.line);
    const { languageId } = await detectLanguage(snippet.code, { fenceLang: snippet.lang, articleLanguages, context });
    const fileName = suggestFileName(markdown, snippet.index, languageId);
    result.push({ languageId, fileName, named: !/^snippet-\d+(\.|$)/.test(fileName) });
  }
  return result;
}
