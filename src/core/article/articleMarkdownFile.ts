// "Save Article as Markdown": the converted article as a file of its own, with front matter that notes tools
// (Obsidian, Jekyll, Hugo, Foam) read. Images stay links to the web; nothing is downloaded.
import GithubSlugger from 'github-slugger';
import { sanitizeFileName } from '../snippets/safePath';

export interface ArticleFileMeta {
  readonly title: string;
  readonly authors?: readonly string[];
  /** ISO 8601. */
  readonly date?: string;
  /** The feed's title. */
  readonly source?: string;
  readonly link?: string;
}

/** YAML accepts JSON strings as double-quoted scalars: quoting every value keeps `: `, `#` and `---` in a title harmless. */
function yamlString(value: string): string {
  return JSON.stringify(value.replace(/\s+/g, ' ').trim());
}

/** The file's text: YAML front matter (title, author, date, source, link), a blank line, then the article. */
export function articleMarkdownFile(markdown: string, meta: ArticleFileMeta): string {
  const lines = ['---', `title: ${yamlString(meta.title)}`];
  const authors = (meta.authors ?? []).filter((name) => name.trim() !== '');
  if (authors.length === 1) lines.push(`author: ${yamlString(authors[0])}`);
  else if (authors.length > 1) lines.push('author:', ...authors.map((name) => `  - ${yamlString(name)}`));
  if (meta.date && !Number.isNaN(Date.parse(meta.date))) lines.push(`date: ${yamlString(new Date(meta.date).toISOString())}`);
  if (meta.source) lines.push(`source: ${yamlString(meta.source)}`);
  if (meta.link) lines.push(`link: ${yamlString(meta.link)}`);
  const title = meta.title.replace(/\s+/g, ' ').trim();
  const body = markdown.replace(/^\s+|\s+$/g, '');
  // A body that opens with the title as a heading (many full pages do) is not given a second one.
  const opensWithTitle = /^#{1,2} (.*)/.exec(body)?.[1]?.trim() === title;
  lines.push('---', '');
  if (!opensWithTitle) lines.push(`# ${title}`, '');
  return `${lines.join('\n')}\n${body}\n`;
}

/** `Build a REST API with Go & Gin` → `build-a-rest-api-with-go--gin.md`: GitHub's slug rule, at most 80 characters. */
export function articleMarkdownFileName(title: string): string {
  const slug = new GithubSlugger().slug(title.replace(/\s+/g, ' ').trim()).slice(0, 80).replace(/-+$/, '');
  return sanitizeFileName(`${slug || 'article'}.md`) ?? 'article.md';
}
