// Page furniture that is not part of the article: controls, scripts, hidden parts, and the widgets feed
// generators embed (Substack's subscribe/share/poll boxes, Forem's code-block action panel).
import type { DomElement } from './domTypes';

// SVG inside HTML keeps its lower-case tag name.
const noiseTags = new Set([
  'BUTTON', 'CLIPBOARD-COPY', 'DATALIST', 'FORM', 'INPUT', 'LINK', 'META', 'NOSCRIPT', 'OPTION', 'SCRIPT', 'SELECT',
  'STYLE', 'SVG', 'svg', 'TEMPLATE', 'TEXTAREA', 'TITLE', 'BASE', 'DIALOG',
]);
/** Widget classes, matched as a class token or its prefix: `subscription-widget-wrap-editor`, `captioned-button-wrap`. */
const noiseClasses = /(?:^|\s)(?:subscription-widget|subscribe-widget|captioned-button|button-wrapper|poll-embed|footnote-anchor|install-substack-app|share-dialog|highlight__panel|js-actions-panel|sharedaddy|jp-relatedposts)[\w-]*(?=\s|$)/;
const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function isNoise(element: DomElement): boolean {
  const name = element.nodeName;
  if (noiseTags.has(name)) return !(name === 'INPUT' && isTaskCheckbox(element));
  if (element.hasAttribute('hidden')) return true;
  const className = element.getAttribute('class');
  if (className && noiseClasses.test(className)) return true;
  const style = element.getAttribute('style');
  return style !== null && hiddenStyle.test(style);
}

/** GFM task lists render from `<li><input type="checkbox">`; the tables/taskListItems plugin needs it. */
function isTaskCheckbox(input: DomElement): boolean {
  if (input.getAttribute('type')?.toLowerCase() !== 'checkbox') return false;
  const parent = input.parentNode;
  return parent !== null && (parent.nodeName === 'LI' || parent.parentNode?.nodeName === 'LI');
}
