import * as vscode from 'vscode';
import type { Article } from '../../articles/article';
import { Commands } from '../../ids';
import type { FullArticles } from '../../articles/fullArticles';
import type { FeedStore } from '../../sources/feedStore';
import type { Command } from '../../util/commandManager';
import { relativeTime } from '../../util/relativeTime';
import { codeLanguagesOf } from '../../articles/codeLanguages';

interface ArticlePick extends vscode.QuickPickItem {
  readonly article: Article;
}

/** Quick pick over every cached article, matching title, source, author, categories and code languages. */
export class SearchArticlesCommand implements Command {
  readonly id = Commands.searchArticles;
  constructor(private readonly _store: FeedStore, private readonly _fullArticles: FullArticles) {}

  async execute(): Promise<void> {
    const articles = this._store.articles();
    if (!articles.length) {
      void vscode.window.showInformationMessage('No articles yet: add a source or refresh the Tutorials view.');
      return;
    }
    const picks: ArticlePick[] = articles.map((article) => {
      const { item } = article;
      // A full article fetched from the page counts with the languages of its code.
      const fromPage = this._fullArticles.wanted(article) ? this._fullArticles.summary(article)?.languages ?? [] : [];
      const languages = [...new Set([...codeLanguagesOf(item), ...fromPage])];
      return {
        article,
        label: item.title,
        description: [article.sourceTitle, item.author, relativeTime(item.published ?? item.updated)].filter(Boolean).join(' · '),
        detail: [item.categories.length ? `$(tag) ${item.categories.join(', ')}` : '', languages.length ? `$(code) ${languages.join(', ')}` : ''].filter(Boolean).join('   ') || undefined,
      };
    });
    const picked = await vscode.window.showQuickPick(picks, {
      title: 'Search Tutorials',
      placeHolder: 'Search by title, source, author, category or code language',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (picked) await vscode.commands.executeCommand(Commands.openPreview, picked.article);
  }
}
