// Feeds say one thing with many elements (title, dc:title, media:title…): the first that has a value wins.
import { child, type XmlElement } from './xmlTree';

/** The first non-empty `read(child)` among `element`'s children named `names`, in the order given. */
export function firstValue<T>(element: XmlElement | undefined, names: readonly string[], read: (child: XmlElement | undefined) => T | undefined): T | undefined {
  if (!element) return undefined;
  for (const name of names) {
    const value = read(child(element, name));
    if (value !== undefined) return value;
  }
  return undefined;
}
