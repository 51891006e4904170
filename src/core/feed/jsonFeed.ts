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

/** A JSON Feed's top-level keys (https://jsonfeed.org/version/1.1); extensions start with '_'. */
const jsonFeedKeys = new Set([
  'version', 'title', 'home_page_url', 'feed_url', 'description', 'user_comment', 'next_url', 'icon', 'favicon',
  'author', 'authors', 'language', 'expired', 'hubs', 'items',
]);

function isJsonFeedItem(item: unknown): boolean {
  return isObject(item) && ['id', 'url', 'title', 'content_html', 'content_text', 'summary'].some((key) => key in item);
}

/**
 * True for a JSON Feed: its version names jsonfeed.org; or, with no version or one written short ("1.1"), it has a
 * JSON Feed's shape: an items list, or only keys a JSON Feed has (`title`, `home_page_url`…). `{"error": …}` is not one.
 */
export function isJsonFeed(data: unknown): data is JsonObject {
  if (!isObject(data)) return false;
  const version = stringAt(data, 'version')?.trim();
  if (version !== undefined && /^https?:\/\/jsonfeed\.org\/version\//i.test(version)) return true;
  if (version !== undefined && !/^v?1(?:\.\d+)?$/i.test(version)) return false;
  if (Array.isArray(data.items)) return data.items.length === 0 || data.items.some(isJsonFeedItem);
  const keys = Object.keys(data).filter((key) => !key.startsWith('_'));
  return keys.length > 0 && keys.every((key) => jsonFeedKeys.has(key));
}

export function readJsonFeed(data: JsonObject, url: string | undefined): FeedDraft {
  const link = resolveUrl(stringAt(data, 'home_page_url'), url);
  const base = url ?? link;
  const items = Array.isArray(data.items) ? data.items.filter(isObject) : [];
  const feedAuthors = authorNames(data);
  return {
    format: 'json',
    title: cleanText(stringAt(data, 'title')),
    link,
    description: cleanText(stringAt(data, 'description')),
    imageUrl: resolveUrl(stringAt(data, 'icon') ?? stringAt(data, 'favicon'), base, 'image'),
    updated: undefined,
    items: items.map((item) => readJsonItem(item, base, feedAuthors)),
  };
}

function readJsonItem(item: JsonObject, base: string | undefined, feedAuthors: string[]): FeedItem {
  const link = resolveUrl(stringAt(item, 'url') ?? stringAt(item, 'external_url'), base);
  const contentText = stringAt(item, 'content_text');
  const content = cleanHtml(stringAt(item, 'content_html'))
    ?? (cleanText(contentText) && contentText !== undefined ? textToHtml(contentText) : undefined);
  const summaryText = cleanText(stringAt(item, 'summary'));
  const published = parseFeedDate(stringAt(item, 'date_published'));
  const updated = parseFeedDate(stringAt(item, 'date_modified'));
  const title = cleanText(stringAt(item, 'title'));
  const own = authorNames(item);
  const authors = own.length > 0 ? own : feedAuthors;
  return {
    id: stableItemId({ declaredId: stringAt(item, 'id'), link, title, date: published ?? updated, content }),
    title: title ?? (content && excerpt(content)) ?? summaryText ?? '(untitled)',
    link,
    author: authors[0],
    ...(authors.length > 0 ? { authors } : {}),
    published,
    updated,
    summary: summaryText && textToHtml(summaryText),
    contentHtml: content,
    categories: tags(item),
    imageUrl: resolveUrl(stringAt(item, 'image') ?? stringAt(item, 'banner_image'), base, 'image'),
  };
}

/** JSON Feed 1.1's `authors` list, else 1.0's single `author`; each name once. */
function authorNames(object: JsonObject): string[] {
  const authors = Array.isArray(object.authors) ? object.authors : [object.author];
  const names = authors.filter(isObject).map((a) => cleanText(stringAt(a, 'name')))
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)];
}

function tags(item: JsonObject): string[] {
  const list = Array.isArray(item.tags) ? item.tags : [];
  const names = list.map((tag) => (typeof tag === 'string' ? cleanText(tag) : undefined))
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)];
}
