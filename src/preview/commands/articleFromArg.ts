import type { Article } from '../../articles/article';
import { isArticle } from '../../tree/commands/commandArgs';

/** The article a command was given: an Article itself, or a tree node (or any object) carrying one as `article`. */
export function articleFromArg(arg: unknown): Article | undefined {
  if (isArticle(arg)) return arg;
  const carried = (arg as { article?: unknown } | undefined)?.article;
  return isArticle(carried) ? carried : undefined;
}
