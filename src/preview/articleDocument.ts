import { allAuthors, type Article } from '../articles/article';
import type { Snippet } from '../core/model';
import { renderMarkdown } from '../core/render/renderMarkdown';
import { isShellSnippet } from '../snippets/terminalText';
import { hideImages } from './hideImages';
import { buildPreviewHtml, type FullArticleNotice, type PreviewAppearance, type PreviewResources } from './previewHtml';
import { readingMinutes, readingTimeLabel } from './readingTime';

/**
 * The whole extension-side work of showing an article, from its Markdown to the webview's HTML.
 * Pure (no `vscode`), so the benchmark times exactly this.
 */
export function renderArticleDocument(
  article: Article,
  content: { readonly markdown: string; readonly snippets: readonly Snippet[] },
  resources: PreviewResources,
  appearance: PreviewAppearance,
  locale = 'en',
  fullArticle?: FullArticleNotice,
): string {
  const { item } = article;
  const rendered = renderMarkdown(content.markdown);
  const date = item.published ?? item.updated;
  return buildPreviewHtml({
    header: {
      title: item.title,
      sourceTitle: article.sourceTitle,
      author: allAuthors(item),
      dateIso: date,
      dateLabel: formatDate(date, locale),
      readingTime: readingTimeLabel(readingMinutes(content.markdown)),
      categories: item.categories,
      link: item.link,
      fullArticle,
      snippetCount: content.snippets.length,
    },
    bodyHtml: appearance.showImages ? rendered : hideImages(rendered),
    page: {
      sourceKey: article.sourceKey,
      itemId: item.id,
      shellSnippets: content.snippets.filter((s) => isShellSnippet(s)).map((s) => s.index),
    },
  }, resources, appearance);
}

/** "Jun 5, 2026" in the UI's locale; undefined for a missing or unreadable date. */
export function formatDate(iso: string | undefined, locale: string): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  try {
    return date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
  } catch {
    return date.toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' });
  }
}
