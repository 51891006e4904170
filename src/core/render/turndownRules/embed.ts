// Embedded players and frames (YouTube, Vimeo, CodePen, …) cannot play in Markdown: each becomes a link to
// what it shows, to the watch page where one is known.
import { escapeMarkdownText } from '../html/escapeMarkdownText';
import { linkDestination } from './linkDestination';
import type { MarkdownRule } from './markdownRule';

interface KnownEmbed {
  pattern: RegExp;
  label: string;
  page: (match: RegExpExecArray) => string;
}

const knownEmbeds: KnownEmbed[] = [
  {
    pattern: /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/i,
    label: 'YouTube video',
    page: (match) => 'https://www.youtube.com/watch?v=' + match[1],
  },
  {
    pattern: /^https?:\/\/player\.vimeo\.com\/video\/(\d+)/i,
    label: 'Vimeo video',
    page: (match) => 'https://vimeo.com/' + match[1],
  },
  {
    pattern: /^https?:\/\/codepen\.io\/([\w-]+)\/embed\/(?:preview\/)?([\w-]+)/i,
    label: 'CodePen',
    page: (match) => 'https://codepen.io/' + match[1] + '/pen/' + match[2],
  },
];
const defaultLabels: Record<string, string> = { VIDEO: 'Video', AUDIO: 'Audio' };
const spaces = /\s+/g;

export const embed: MarkdownRule = {
  filter: ['iframe', 'embed', 'video', 'audio'],
  replacement: (_content, node) => {
    const src = node.getAttribute('src');
    if (!src) return '';
    for (const known of knownEmbeds) {
      const match = known.pattern.exec(src);
      if (match) return '\n\n[' + known.label + ']' + linkDestination(known.page(match), null) + '\n\n';
    }
    const title = (node.getAttribute('title') ?? '').replace(spaces, ' ').trim();
    const label = title || defaultLabels[node.nodeName] || 'Embedded content';
    return '\n\n[' + escapeMarkdownText(label) + ']' + linkDestination(src, null) + '\n\n';
  },
};
