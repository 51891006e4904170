// One slug rule for headings, shared by the converter (which points an article's #anchor links at its headings)
// and the renderer (which gives those headings their ids): GitHub's, so `## Install & Run` is `#install--run`.
import GithubSlugger from 'github-slugger';

/** Slugs for one article's headings in document order; a repeated heading gets `-1`, `-2`… as on GitHub. */
export function headingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(headingText(text));
}

/** The words of a heading as both sides see them: whitespace collapsed, trimmed. */
export function headingText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
