// The languages an article's code blocks are marked with, without building a DOM: htmlparser2's tokenizer and a
// stack of the few facts codeLanguage reads (tag, attributes, parent, first <code>). The same rule as the
// converter's, so search and the preview never disagree about a block's language.
import { Parser } from 'htmlparser2';
import { isPlainText } from '../../snippets/languages';
import { codeLanguage } from './codeLanguage';
import type { DomElement } from './domTypes';

interface LightElement {
  readonly nodeName: string;
  readonly attributes: Record<string, string>;
  readonly parentNode: LightElement | null;
  /** For a <pre>: the <code> elements inside it, in order. */
  readonly codes: LightElement[];
}

/** Each language named by the markup of the article's top-level <pre> blocks, once, in order of appearance. */
export function codeLanguagesInHtml(html: string): string[] {
  if (!/<pre[\s>]/i.test(html)) return [];
  const found = new Set<string>();
  const stack: LightElement[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const element: LightElement = { nodeName: name.toUpperCase(), attributes, parentNode: stack[stack.length - 1] ?? null, codes: [] };
      if (element.nodeName === 'CODE') for (const open of stack) if (open.nodeName === 'PRE') open.codes.push(element);
      stack.push(element);
    },
    onclosetag(name) {
      const at = stack.map((e) => e.nodeName).lastIndexOf(name.toUpperCase());
      if (at < 0) return;
      const element = stack[at];
      stack.length = at;
      if (element.nodeName !== 'PRE' || stack.some((e) => e.nodeName === 'PRE')) return;
      const language = codeLanguage(asDomElement(element));
      if (language && !isPlainText(language)) found.add(language);
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return [...found];
}

/** The slice of DomElement codeLanguage uses, over a light element. */
function asDomElement(element: LightElement): DomElement {
  return {
    nodeName: element.nodeName,
    get parentNode() {
      return element.parentNode ? asDomElement(element.parentNode) : null;
    },
    getAttribute: (name: string) => element.attributes[name] ?? null,
    getElementsByTagName: (name: string) => (name.toLowerCase() === 'code' ? element.codes.map(asDomElement) : []),
  } as unknown as DomElement;
}
