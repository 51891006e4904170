// An item's picture as feeds declare it: Media RSS content/thumbnail, an image enclosure, or an iTunes image.
import { resolveUrl } from './feedUrls';
import { attribute, child, children, type XmlElement } from './xml/xmlTree';

function isImageType(type: string | undefined): boolean {
  return type?.trim().toLowerCase().startsWith('image/') ?? false;
}

/** `name` elements on the item and in its `media:group` elements. */
function mediaElements(item: XmlElement, name: string): XmlElement[] {
  return [...children(item, name), ...children(item, 'media:group').flatMap((g) => children(g, name))];
}

/** The URL of the first image among an item's media elements and enclosures, resolved against `base`. */
export function mediaImageUrl(item: XmlElement, base: string | undefined): string | undefined {
  const content = mediaElements(item, 'media:content').find((m) => attribute(m, 'medium') === 'image' || isImageType(attribute(m, 'type')));
  const thumbnail = mediaElements(item, 'media:thumbnail').find((t) => attribute(t, 'url'));
  const enclosure = children(item, 'enclosure').find((e) => isImageType(attribute(e, 'type')));
  const atomEnclosure = [...children(item, 'link'), ...children(item, 'atom:link')]
    .find((l) => attribute(l, 'rel') === 'enclosure' && isImageType(attribute(l, 'type')));
  const itunesImage = child(item, 'itunes:image');
  const itunesLink = children(item, 'itunes:link').find((l) => attribute(l, 'rel') === 'image');
  const url = attribute(content, 'url') ?? attribute(thumbnail, 'url') ?? attribute(enclosure, 'url')
    ?? attribute(atomEnclosure, 'href') ?? attribute(itunesImage, 'href') ?? attribute(itunesImage, 'url')
    ?? attribute(itunesLink, 'href');
  return resolveUrl(url, base, 'image');
}
