// An item's picture as feeds declare it: Media RSS content/thumbnail, an image enclosure, or an iTunes image.
import { resolveUrl } from './feedUrls';
import { attribute, child, children } from './xmlNodes';

function isImageType(type: string | undefined): boolean {
  return type?.trim().toLowerCase().startsWith('image/') ?? false;
}

/** `media:content` elements, including those grouped in `media:group`. */
function mediaContents(item: unknown): unknown[] {
  return [...children(item, 'media:content'), ...children(item, 'media:group').flatMap((g) => children(g, 'media:content'))];
}

/** The URL of the first image among an item's media elements and enclosures, resolved against `base`. */
export function mediaImageUrl(item: unknown, base: string | undefined): string | undefined {
  const content = mediaContents(item).find((m) => attribute(m, 'medium') === 'image' || isImageType(attribute(m, 'type')));
  const thumbnail = [...children(item, 'media:thumbnail'), ...children(item, 'media:group').flatMap((g) => children(g, 'media:thumbnail'))]
    .find((t) => attribute(t, 'url'));
  const enclosure = children(item, 'enclosure').find((e) => isImageType(attribute(e, 'type')));
  const atomEnclosure = children(item, 'link')
    .find((l) => attribute(l, 'rel') === 'enclosure' && isImageType(attribute(l, 'type')));
  const url = attribute(content, 'url') ?? attribute(thumbnail, 'url') ?? attribute(enclosure, 'url')
    ?? attribute(atomEnclosure, 'href') ?? attribute(child(item, 'itunes:image'), 'href');
  return resolveUrl(url, base);
}
