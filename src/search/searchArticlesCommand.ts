import * as vscode from 'vscode';
import type { Article } from '../articles/article';
import { codeLanguagesOf } from '../articles/codeLanguages';
import { contentEngine } from '../articles/contentEngine';
import { Commands } from '../ids';
import type { Command } from '../util/commandManager';
import { relativeTime } from '../util/relativeTime';
import type { ArticleSearch } from './articleSearch';

export interface ArticlePick extends vscode.QuickPickItem {
  readonly article: Article;
}

/** Picks shown at most: enough to scroll, few enough to show at once. */
const shownLimit = 200;
/** Hits that get an excerpt of their matched text (reading an article's text costs ~1 ms). */
const excerptLimit = 30;

/**
 * Search Articles: a full-text search (titles, summaries, article text, code) with filters `lang:`, `source:`,
 * `is:unread`, `is:read`, `is:saved`, as the user types.
 */
export class SearchArticlesCommand implements Command {
  readonly id = Commands.searchArticles;
  /** The open pick, for tests: they type into it as a user does. */
  activePick: vscode.QuickPick<ArticlePick> | undefined;

  constructor(private readonly _search: ArticleSearch, private readonly _articleCount: () => number) {}

  async execute(): Promise<void> {
    if (this._articleCount() === 0) {
      void vscode.window.showInformationMessage('No articles yet: add a source or refresh the Tutorials view.');
      return;
    }
    const pick = vscode.window.createQuickPick<ArticlePick>();
    this.activePick = pick;
    pick.title = 'Search Tutorials';
    const placeholder = 'Words in the title, text or code; filters: lang:python source:medium is:unread is:saved';
    pick.placeholder = placeholder;
    // The index ranks and filters; VS Code's own matching would hide hits found in the text.
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    pick.busy = !this._search.isBuilt;
    const show = () => { pick.items = this.items(pick.value); };
    const changed = pick.onDidChangeValue(show);
    const updated = this._search.onDidUpdate(() => { if (!pick.busy) show(); });
    pick.show();
    // The first search in a window builds the index: say how far it got (thousands of articles take seconds).
    const progress = (indexed: number, total: number) => { if (pick.busy) pick.placeholder = `Indexing articles for search: ${indexed} of ${total}…`; };
    void this._search.ready(progress).then(() => { pick.busy = false; pick.placeholder = placeholder; show(); });
    const picked = await new Promise<ArticlePick | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]));
      pick.onDidHide(() => resolve(undefined));
    });
    changed.dispose();
    updated.dispose();
    pick.dispose();
    if (this.activePick === pick) this.activePick = undefined;
    if (picked) await vscode.commands.executeCommand(Commands.openPreview, picked.article);
  }

  /** What the pick shows for `text`, best first. */
  items(text: string): ArticlePick[] {
    if (!this._search.isBuilt) return [];
    const engine = contentEngine();
    return this._search.search(text, shownLimit).map(({ article, hit }, rank): ArticlePick => {
      const { item } = article;
      const languages = codeLanguagesOf(item);
      const excerpt = rank < excerptLimit && hit.matched.length
        ? engine.searchExcerpt(`${item.title}\n${item.contentHtml ?? item.summary ?? ''}`, hit.matched)
        : undefined;
      return {
        article,
        label: item.title,
        alwaysShow: true,
        description: [article.sourceTitle, item.author, relativeTime(item.published ?? item.updated)].filter(Boolean).join(' · '),
        detail: excerpt ?? ([item.categories.length ? `$(tag) ${item.categories.join(', ')}` : '', languages.length ? `$(code) ${languages.join(', ')}` : ''].filter(Boolean).join('   ') || undefined),
      };
    });
  }
}
