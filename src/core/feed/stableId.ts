// Readers keep read/saved state by item id, so an item without guid or link still needs an id that survives refreshes.
import { createHash } from 'node:crypto';

export interface ItemIdentity {
  /** guid (RSS), id (Atom, JSON Feed) as written. */
  declaredId?: string;
  link?: string;
  title?: string;
  date?: string;
  /** Used only when there is neither title nor date, so two such items still differ. */
  content?: string;
}

/** The declared id, else the link, else `sha1:` and a short hash of title and date. */
export function stableItemId(item: ItemIdentity): string {
  const declared = item.declaredId?.trim();
  if (declared) return declared;
  if (item.link) return item.link;
  const basis = [item.title ?? '', item.date ?? ''];
  if (!item.title && !item.date) basis.push(item.content ?? '');
  return `sha1:${createHash('sha1').update(basis.join('\n')).digest('hex').slice(0, 16)}`;
}
