import { articleActions, fullArticleActions, snippetActions, type ArticleAction, type FromWebviewMessage, type FullArticleAction, type MessageArticle, type SnippetAction } from '../../types/previewMessaging';

/**
 * Checks a message from the webview before anything acts on it: the webview shows third-party content,
 * so its messages are untrusted input. Unknown types, snippet indexes out of range and non-string links
 * give undefined.
 */
export function parseWebviewMessage(raw: unknown, snippetCount: number): FromWebviewMessage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const message = raw as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'snippetAction': {
      const { action, index } = message;
      const article = articleOf(message.article);
      if (!snippetActions.includes(action as SnippetAction) || !article) return undefined;
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= snippetCount) return undefined;
      return { type: 'snippetAction', action: action as SnippetAction, index, article };
    }
    case 'openLink':
      return typeof message.href === 'string' && message.href.length <= 8192 ? { type: 'openLink', href: message.href } : undefined;
    case 'fullArticle': {
      const article = articleOf(message.article);
      return fullArticleActions.includes(message.action as FullArticleAction) && article ? { type: 'fullArticle', action: message.action as FullArticleAction, article } : undefined;
    }
    case 'articleAction': {
      const article = articleOf(message.article);
      return articleActions.includes(message.action as ArticleAction) && article ? { type: 'articleAction', action: message.action as ArticleAction, article } : undefined;
    }
    default:
      return undefined;
  }
}

function articleOf(raw: unknown): MessageArticle | undefined {
  const value = raw as Partial<MessageArticle> | null;
  if (!value || typeof value !== 'object' || typeof value.sourceKey !== 'string' || typeof value.itemId !== 'string') return undefined;
  return { sourceKey: value.sourceKey, itemId: value.itemId };
}
