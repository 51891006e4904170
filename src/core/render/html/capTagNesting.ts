// domino's tree builder rescans the whole open-element stack for every start tag ("is a <p> open in button
// scope?"), so parsing is quadratic in nesting depth: 20,000 nested <div>s take seconds. Real articles nest a
// few dozen levels, so before domino sees the markup we drop the tags (never the text) that would open an
// element deeper than `maxDepth`. The depth model is deliberately rough and errs on the deep side: it knows
// void elements, raw-text elements, self-closing tags in SVG/MathML and the common implied end tags.

const voidElements = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const closesParagraph = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'dd', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'search', 'section', 'summary', 'table', 'ul',
]);
const blockTags = new Set([...closesParagraph, 'td', 'th', 'tr', 'caption', 'option']);
/** Elements a start tag of the same group closes when it is the current element. */
const siblingGroup: Record<string, string> = {
  li: 'li', dt: 'dd', dd: 'dd', option: 'option', tr: 'tr', td: 'td', th: 'td', p: 'p',
};
/** How far down the stack an end tag looks for its element; bounds the work per stray end tag. */
const endTagReach = 64;

interface OpenElement {
  name: string;
  kept: boolean;
}

/** Returns `html` itself when nothing nests deeper than `maxDepth`, else a copy without the too-deep tags. */
export function capTagNesting(html: string, maxDepth: number): string {
  const stack: OpenElement[] = [];
  const kept: string[] = [];
  let copiedUpTo = 0;
  let foreignDepth = 0;
  // A dropped block tag leaves a space, so the words on either side stay apart.
  const drop = (start: number, end: number, name: string): void => {
    kept.push(html.slice(copiedUpTo, start), blockTags.has(name) ? ' ' : '');
    copiedUpTo = end;
  };
  const pop = (): void => {
    const top = stack.pop();
    if (top && (top.name === 'svg' || top.name === 'math')) foreignDepth--;
  };

  let at = html.indexOf('<');
  while (at !== -1 && at < html.length - 1) {
    const next = html.charCodeAt(at + 1);
    let end: number;
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      end = html.startsWith('<!--', at) ? closeOf(html, '-->', at + 4) : closeOf(html, '>', at + 2);
    } else if (next === 47 /* / */ && isAsciiLetter(html.charCodeAt(at + 2))) {
      const nameEnd = tagNameEnd(html, at + 2);
      const name = html.slice(at + 2, nameEnd).toLowerCase();
      end = tagEnd(html, nameEnd).end;
      const index = findOpen(stack, name);
      if (index !== -1) {
        const element = stack[index];
        while (stack.length > index) pop();
        if (!element.kept) drop(at, end, name);
      }
    } else if (isAsciiLetter(next)) {
      const nameEnd = tagNameEnd(html, at + 1);
      const name = html.slice(at + 1, nameEnd).toLowerCase();
      const tag = tagEnd(html, nameEnd);
      end = tag.end;
      if (rawTextElements.has(name)) {
        end = rawTextEnd(html, name, end);
      } else if (!voidElements.has(name) && !(tag.selfClosing && foreignDepth > 0)) {
        const top = stack[stack.length - 1];
        if (top && ((top.name === 'p' && closesParagraph.has(name)) || (siblingGroup[name] !== undefined && siblingGroup[top.name] === siblingGroup[name]))) pop();
        const keep = stack.length < maxDepth;
        stack.push({ name, kept: keep });
        if (name === 'svg' || name === 'math') foreignDepth++;
        if (!keep) drop(at, end, name);
      }
    } else {
      end = at + 1;
    }
    at = html.indexOf('<', end);
  }
  if (kept.length === 0) return html;
  kept.push(html.slice(copiedUpTo));
  return kept.join('');
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function tagNameEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */ || c === 47 /* / */ || c === 32 || c === 9 || c === 10 || c === 12 || c === 13) break;
    i++;
  }
  return i;
}

/** Finds the `>` that ends a tag, skipping quoted attribute values. */
function tagEnd(html: string, from: number): { end: number; selfClosing: boolean } {
  let i = from;
  let afterEquals = false;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return { end: i + 1, selfClosing: html.charCodeAt(i - 1) === 47 };
    if ((c === 34 || c === 39) && afterEquals) {
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close === -1) return { end: html.length, selfClosing: false };
      i = close + 1;
      afterEquals = false;
      continue;
    }
    if (c === 61 /* = */) afterEquals = true;
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) afterEquals = false;
    i++;
  }
  return { end: html.length, selfClosing: false };
}

function closeOf(html: string, terminator: string, from: number): number {
  const index = html.indexOf(terminator, from);
  return index === -1 ? html.length : index + terminator.length;
}

/** Script, style and friends hold text up to their own end tag, whatever it contains. */
function rawTextEnd(html: string, name: string, from: number): number {
  let i = from;
  for (;;) {
    const close = html.indexOf('</', i);
    if (close === -1) return html.length;
    if (html.slice(close + 2, close + 2 + name.length).toLowerCase() === name) return tagEnd(html, close + 2 + name.length).end;
    i = close + 2;
  }
}

function findOpen(stack: OpenElement[], name: string): number {
  const lowest = Math.max(0, stack.length - endTagReach);
  for (let i = stack.length - 1; i >= lowest; i--) {
    if (stack[i].name === name) return i;
  }
  return -1;
}
