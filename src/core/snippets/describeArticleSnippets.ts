import type { Snippet } from '../model';
import { detectLanguage } from './detectLanguage';
import { isPlainText, languageIdFor } from './languages';
import { introductionOf, suggestFileName } from './suggestFileName';

/** What an editor should know about a snippet: its language, and the file the tutorial meant it for. */
export interface SnippetDescription {
  readonly languageId: string;
  readonly fileName: string;
  /** True when the name came from the article rather than being `snippet-N.<ext>`. */
  readonly named: boolean;
}

/** Describes every snippet of an article's Markdown (`snippets` as extractSnippets gives them, in order). */
export async function describeArticleSnippets(markdown: string, snippets: readonly Snippet[]): Promise<SnippetDescription[]> {
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
