import type { Snippet } from '../core/model';
import type { SnippetDescription } from '../core/snippets/describeArticleSnippets';
import { contentEngine } from '../articles/contentEngine';

export type { SnippetDescription };

const memo = new Map<string, Promise<SnippetDescription[]>>();
const MEMO_SIZE = 50;

/**
 * Describes every snippet of an article's Markdown. Language guessing (and so the model) runs only here, when
 * snippets are listed or opened, never at activation. Results are remembered for the most recent articles.
 */
export function describeSnippets(markdown: string, snippets: readonly Snippet[] = contentEngine().extractSnippets(markdown)): Promise<SnippetDescription[]> {
  let described = memo.get(markdown);
  if (!described) {
    described = contentEngine().describeArticleSnippets(markdown, snippets);
    memo.set(markdown, described);
    if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  }
  return described;
}
