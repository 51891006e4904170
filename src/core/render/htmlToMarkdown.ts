// Article HTML (untrusted, from any feed) to CommonMark + GFM tables. The HTML is parsed once with domino,
// normalised by prepareDom (noise, code blocks, URLs, images, depth), converted by one shared turndown service
// with our rules, and the code blocks are put back verbatim.
import TurndownService from 'turndown';
import { strikethrough, tables, taskListItems } from '@joplin/turndown-plugin-gfm';
import { restoreCodeBlocks } from './html/codeBlocks';
import type { DomElement } from './html/domTypes';
import { escapeMarkdownText } from './html/escapeMarkdownText';
import { parseHtml } from './html/parseHtml';
import { prepareDom } from './html/prepareDom';
import { parseBaseUrl } from './html/resolveUrl';
import { codeBlock } from './turndownRules/codeBlock';
import { embed } from './turndownRules/embed';
import { figureCaption } from './turndownRules/figureCaption';
import { heading } from './turndownRules/heading';
import { image } from './turndownRules/image';
import { inlineCode } from './turndownRules/inlineCode';
import { link } from './turndownRules/link';
import type { MarkdownRule } from './turndownRules/markdownRule';
import { tableCell } from './turndownRules/tableCell';

export interface HtmlToMarkdownOptions {
  /** The article's address: relative links and images are resolved against it. */
  baseUrl?: string;
}

/** Ours take precedence over turndown's and the GFM plugin's rules of the same elements. */
const rules: Record<string, MarkdownRule> = { codeBlock, inlineCode, heading, link, image, figureCaption, embed, tableCell };

type TurndownNode = DomElement & { isBlock: boolean };

/** Built once: turndown's rule lookup is per node, not per conversion. */
const service = createService();

export function htmlToMarkdown(html: string, options: HtmlToMarkdownOptions = {}): string {
  if (!html || !html.trim()) return '';
  const root = parseHtml(html);
  const codeBlocks = prepareDom(root, parseBaseUrl(options.baseUrl));
  // turndown deep-clones a DOM input to spare the caller's tree; this tree is ours and already disposable.
  Object.defineProperty(root, 'cloneNode', { value: () => root });
  const markdown = service.turndown(root as unknown as TurndownService.Node);
  return restoreCodeBlocks(markdown, codeBlocks);
}

function createService(): TurndownService {
  const turndown = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
    // Never emit raw HTML: whatever a plugin would keep as HTML is converted as plain content instead.
    keepReplacement: (content, node) => ((node as unknown as TurndownNode).isBlock ? '\n\n' + content + '\n\n' : content),
  });
  turndown.use([strikethrough, tables, taskListItems]);
  for (const [key, rule] of Object.entries(rules)) turndown.addRule(key, rule as unknown as TurndownService.Rule);
  turndown.escape = escapeMarkdownText;
  return turndown;
}
