import { fullArticleModes, type FullArticleMode } from '../article/fullArticleRule';
import { checkSourceUrl, sourceIdentity } from './sourceUrl';

export { sourceKey } from './sourceUrl';

/** One entry of the `tutorialReader.sources` setting. */
export interface SourceConfig {
  url: string;
  /** Shown instead of the feed's own title. */
  name?: string;
  /** Whether articles' pages are fetched for the full text; `auto` when left out. */
  fullArticle?: FullArticleMode;
}

/**
 * Reads the sources setting as users leave it after editing settings.json by hand: strings are taken as
 * addresses, and broken or repeated entries are skipped with a problem each. Never throws.
 */
export function normalizeSources(raw: unknown): { sources: SourceConfig[]; problems: string[] } {
  const sources: SourceConfig[] = [];
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { sources, problems };
  if (!Array.isArray(raw)) {
    problems.push('The setting should be a list of sources, like [{ "url": "https://example.com/feed" }].');
    return { sources, problems };
  }
  const seen = new Set<string>();
  raw.forEach((entry: unknown, index) => {
    const number = index + 1;
    let url: unknown;
    let name: unknown;
    let fullArticle: unknown;
    if (typeof entry === 'string') {
      url = entry;
    } else if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
      ({ url, name, fullArticle } = entry as { url?: unknown; name?: unknown; fullArticle?: unknown });
    } else {
      problems.push(`Source ${number} should be an address or an object with a "url".`);
      return;
    }
    if (typeof url !== 'string' || !url.trim()) {
      problems.push(`Source ${number} has no url.`);
      return;
    }
    const checked = checkSourceUrl(url, { allowBuiltin: true });
    if (!checked.ok) {
      problems.push(`Source ${number}: ${checked.problem}.`);
      return;
    }
    const identity = sourceIdentity(checked.url);
    if (seen.has(identity)) {
      problems.push(`Source '${url.trim()}' is listed twice.`);
      return;
    }
    seen.add(identity);
    if (name !== undefined && typeof name !== 'string') problems.push(`Source ${number}'s name should be text.`);
    const mode = fullArticleModes.find((m) => m === fullArticle);
    if (fullArticle !== undefined && !mode) problems.push(`Source ${number}'s fullArticle should be "auto", "always" or "never".`);
    sources.push(withFields(checked.url, typeof name === 'string' ? name : undefined, mode));
  });
  return { sources, problems };
}

/** The list with `entry` appended. Throws an Error saying why when the address is invalid or already listed. */
export function addSource(list: readonly SourceConfig[], entry: SourceConfig): SourceConfig[] {
  const checked = checkSourceUrl(entry.url, { allowBuiltin: true });
  if (!checked.ok) throw new Error(checked.problem);
  const existing = findSource(list, checked.url);
  if (existing) {
    throw new Error(`${checked.url} is already a source${existing.name ? ` ("${existing.name}")` : ''}`);
  }
  return [...list, withFields(checked.url, entry.name, entry.fullArticle)];
}

/** The list without the source at `url` (compared like duplicates are). */
export function removeSource(list: readonly SourceConfig[], url: string): SourceConfig[] {
  const identity = sourceIdentity(url);
  return list.filter((source) => sourceIdentity(source.url) !== identity);
}

/** The list with the source at `url` renamed; an empty or missing name goes back to the feed's own title. */
export function renameSource(list: readonly SourceConfig[], url: string, name: string | undefined): SourceConfig[] {
  const identity = sourceIdentity(url);
  return list.map((source) => (sourceIdentity(source.url) === identity ? withFields(source.url, name, source.fullArticle) : source));
}

/** The list with the source at `url` fetching full articles per `mode` (`auto`, the default, is left out). */
export function setFullArticle(list: readonly SourceConfig[], url: string, mode: FullArticleMode): SourceConfig[] {
  const identity = sourceIdentity(url);
  return list.map((source) => (sourceIdentity(source.url) === identity ? withFields(source.url, source.name, mode) : source));
}

/** The listed source with the same address as `url`, if any. */
export function findSource(list: readonly SourceConfig[], url: string): SourceConfig | undefined {
  const identity = sourceIdentity(url);
  return list.find((source) => sourceIdentity(source.url) === identity);
}

function withFields(url: string, name: string | undefined, fullArticle: FullArticleMode | undefined): SourceConfig {
  const trimmed = name?.trim();
  return { url, ...(trimmed ? { name: trimmed } : {}), ...(fullArticle && fullArticle !== 'auto' ? { fullArticle } : {}) };
}
