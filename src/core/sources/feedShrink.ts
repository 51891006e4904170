// A refresh must never replace good cached articles with a damaged parse. A download cut short, a broken proxy or
// a generator that died halfway give a feed that parses but holds a fraction of what it held: that is refused.
import type { Feed } from '../model';

export interface FeedSize {
  items: number;
  textLength: number;
}

/**
 * Why `next` must not replace the cached feed, or undefined when it may. Refused: fewer than half the cached
 * articles from less than half the cached text. A feed that really shrank gives the same complete text twice:
 * `previousRefusal` is the size refused last time, and the same size again (and not truncated) is accepted.
 */
export function shrinkRefusal(subject: string, cached: FeedSize | undefined, next: Feed, nextTextLength: number,
  previousRefusal?: FeedSize): string | undefined {
  if (!cached || cached.textLength <= 0) return undefined;
  if (next.items.length * 2 >= cached.items || nextTextLength * 2 >= cached.textLength) return undefined;
  const repeated = previousRefusal !== undefined && previousRefusal.items === next.items.length
    && Math.abs(previousRefusal.textLength - nextTextLength) <= nextTextLength * 0.02;
  if (repeated && !next.truncated) return undefined;
  const why = next.truncated ? 'and it ends before its closing tag, so the download looks cut short'
    : 'so it may be a partial download; if the feed really shrank, the next refresh accepts it';
  return `${subject} now reads as ${next.items.length} of the ${cached.items} cached articles, from ${percent(nextTextLength, cached.textLength)} `
    + `of the text, ${why}. The cached articles are kept.`;
}

function percent(part: number, whole: number): string {
  return `${Math.max(1, Math.round((part / whole) * 100))}%`;
}
