// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Values of the wrong type are ignored, not trusted.
import type { FeedItem } from '../model';
import type { FeedDraft } from './feedDraft';
import { parseFeedDate } from './feedDates';
import { resolveUrl } from './feedUrls';
import { cleanHtml, cleanText, excerpt, textToHtml } from './htmlText';
import { stableItemId } from './stableId';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringAt(object: JsonObject, key: string): string | undefined {
  const value = object[key];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : undefined;
}

/** True for a JSON Feed: its version names jsonfeed.org, or (version left out) it has a title and an items list. */
export function isJsonFeed(data: unknown): data is JsonObject {
  if (!isObject(data)) return false;
  const version = stringAt(data, 'version');
  if (version !== undefined) return /^https?:\/\/jsonfeed\.org\/version\//i.test(version.trim());
  return Array.isArray(data.items) && typeof data.title === 'string';
}

export function readJsonFeed(data: JsonObject, url: string | undefined): FeedDraft {
  const link = resolveUrl(stringAt(data, 'home_page_url'), url);
  const base = url ?? link;
  const items = Array.isArray(data.items) ? data.items.filter(isObject) : [];
  const feedAuthor = authorNames(data);
  return {
    format: 'json',
    title: cleanText(stringAt(data, 'title')),
    link,
    description: cleanText(stringAt(data, 'description')),
    imageUrl: resolveUrl(stringAt(data, 'icon') ?? stringAt(data, 'favicon'), base),
    updated: undefined,
    items: items.map((item) => readJsonItem(item, base, feedAuthor)),
  };
}

function readJsonItem(item: JsonObject, base: string | undefined, feedAuthor: string | undefined): FeedItem {
  const link = resolveUrl(stringAt(item, 'url') ?? stringAt(item, 'external_url'), base);
  const contentText = stringAt(item, 'content_text');
  const content = cleanHtml(stringAt(item, 'content_html'))
    ?? (cleanText(contentText) && contentText !== undefined ? textToHtml(contentText) : undefined);
  const summaryText = cleanText(stringAt(item, 'summary'));
  const published = parseFeedDate(stringAt(item, 'date_published'));
  const updated = parseFeedDate(stringAt(item, 'date_modified'));
  const title = cleanText(stringAt(item, 'title'));
  return {
    id: stableItemId({ declaredId: stringAt(item, 'id'), link, title, date: published ?? updated, content }),
    title: title ?? (content && excerpt(content)) ?? summaryText ?? '(untitled)',
    link,
    author: authorNames(item) ?? feedAuthor,
    published,
    updated,
    summary: summaryText && textToHtml(summaryText),
    contentHtml: content,
    categories: tags(item),
    imageUrl: resolveUrl(stringAt(item, 'image') ?? stringAt(item, 'banner_image'), base),
  };
}

/** JSON Feed 1.1's `authors` list, else 1.0's single `author`. */
function authorNames(object: JsonObject): string | undefined {
  const authors = Array.isArray(object.authors) ? object.authors : [object.author];
  const names = authors.filter(isObject).map((a) => cleanText(stringAt(a, 'name')))
    .filter((name): name is string => name !== undefined);
  const unique = [...new Set(names)];
  return unique.length > 0 ? unique.join(', ') : undefined;
}

function tags(item: JsonObject): string[] {
  const list = Array.isArray(item.tags) ? item.tags : [];
  const names = list.map((tag) => (typeof tag === 'string' ? cleanText(tag) : undefined))
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)];
}
