// Finds the language a <pre> was highlighted as, across the markup conventions of common highlighters and
// blog engines. The token is kept as written (lower-cased); mapping to editor language ids happens elsewhere.
import { isLanguageName, isPlainText } from '../../snippets/languages';
import type { DomElement } from './domTypes';

/** `language-js` (Prism, highlight.js, Markdown renderers), `lang-js` (Prettify, marked). */
const prefixedLanguage = /(?:^|\s)(?:language|lang)-([^\s`]+)/i;
/** GitHub's wrapper: `<div class="highlight highlight-source-js">`. */
const githubLanguage = /(?:^|\s)highlight-(?:source|text)-([^\s`]+)/i;
/** SyntaxHighlighter: `class="brush: js; gutter: false"`. */
const brushLanguage = /(?:^|;|\s)brush:\s*([^\s;`]+)/i;
const classSeparator = /\s+/;
const wordLike = /^[a-z0-9][a-z0-9+#._-]*$/i;

/** Classes that mark "highlighted code" and so make a neighbouring bare class the language (Rouge/Forem, hljs, pandoc). */
const highlightMarkers = new Set(['highlight', 'hljs', 'sourcecode']);
/** Classes that sit beside a marker without being a language. */
const notLanguages = new Set([
  'highlight', 'hljs', 'sourcecode', 'js-code-highlight', 'highlighter-rouge', 'notranslate', 'line-numbers',
  'linenums', 'prettyprint', 'code', 'source', 'shiki', 'block', 'numberlines', 'wrap', 'nowrap', 'copy',
]);

/** The language token of a code block, '' when none or explicitly plain. */
export function codeLanguage(pre: DomElement): string {
  const code = firstCode(pre);
  const candidates: (DomElement | null)[] = [code, pre, enclosingCode(pre), pre.parentNode, pre.parentNode?.parentNode ?? null];
  for (const element of candidates) {
    const language = element ? languageOfElement(element, element === pre || element === code) : undefined;
    if (language !== undefined) return isPlainText(language) ? '' : language;
  }
  return '';
}

/** `undefined` when the element says nothing about a language. */
function languageOfElement(element: DomElement, isCodeItself: boolean): string | undefined {
  const attribute = element.getAttribute('data-lang') ?? element.getAttribute('data-language');
  if (attribute && wordLike.test(attribute.trim())) return attribute.trim().toLowerCase();
  // `lang` says the natural language ("en") on most elements; a code plugin's `<code lang="bash">` names a known one.
  const lang = element.getAttribute('lang');
  if (lang && isLanguageName(lang)) return lang.trim().toLowerCase();
  const className = element.getAttribute('class');
  if (!className) return undefined;
  const match = prefixedLanguage.exec(className) ?? githubLanguage.exec(className) ?? brushLanguage.exec(className);
  if (match) return match[1].toLowerCase();
  // A bare class names the language only on the <pre>/<code> itself: Forem's wrapper is "highlight js-code-highlight".
  return isCodeItself ? languageBesideMarker(className) ?? bareLanguageName(className) : undefined;
}

/**
 * `<pre class="javascript">`: hand-written pages and old highlighters name the language alone. Only among a few
 * classes: generated ones (Medium's `pk pl pm …`) would otherwise read as languages (`pl` is Perl).
 */
function bareLanguageName(className: string): string | undefined {
  const tokens = className.toLowerCase().split(classSeparator).filter(Boolean);
  if (tokens.length > 3) return undefined;
  return tokens.find((token) => !notLanguages.has(token) && isLanguageName(token));
}

function languageBesideMarker(className: string): string | undefined {
  const tokens = className.toLowerCase().split(classSeparator);
  if (!tokens.some((token) => highlightMarkers.has(token))) return undefined;
  return tokens.find((token) => token !== '' && !notLanguages.has(token) && wordLike.test(token));
}

function firstCode(pre: DomElement): DomElement | null {
  const codes = pre.getElementsByTagName('code');
  return codes.length > 0 ? codes[0] : null;
}

/** `<code><pre>…</pre></code>`, seen in some hand-written feeds. */
function enclosingCode(pre: DomElement): DomElement | null {
  const parent = pre.parentNode;
  return parent && parent.nodeName === 'CODE' ? parent : null;
}
