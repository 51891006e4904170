// A figure's caption becomes an italic line under its image.
import { toOneLine, type MarkdownRule } from './markdownRule';

export const figureCaption: MarkdownRule = {
  filter: 'figcaption',
  replacement: (content) => {
    const text = toOneLine(content);
    if (!text) return '';
    // A caption that is itself emphasised ("*Photo by …*") would turn bold inside `*…*`.
    const delimiter = text.startsWith('*') || text.endsWith('*') ? '_' : '*';
    return '\n\n' + delimiter + text + delimiter + '\n\n';
  },
};
