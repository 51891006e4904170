import { TextDecoder } from 'node:util';

/**
 * Turns a feed's bytes into text. Precedence follows the XML media-type rules: a byte-order mark,
 * then the charset of the Content-Type header, then the document's own declaration
 * (`<?xml … encoding="…"?>` or an HTML `<meta charset>`), else UTF-8.
 */
export function decodeText(bytes: Uint8Array, contentType?: string): string {
  const label = bomEncoding(bytes) ?? charsetOf(contentType) ?? declaredEncoding(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // An unknown label ("x-mac-foo") is the server's mistake; UTF-8 is the best guess for a feed.
    decoder = new TextDecoder('utf-8');
  }
  let text = decoder.decode(bytes);
  if (decoder.encoding === 'windows-1252') text = text.replace(/[\x80-\x9f]/g, (c) => windows1252High[c.charCodeAt(0) - 0x80]);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// Node 20's TextDecoder decodes windows-1252 (which the labels iso-8859-1, latin1 and us-ascii also mean)
// as plain Latin-1, losing curly quotes, dashes and the euro sign in 0x80–0x9F; this puts them back.
// Harmless where the platform is right: those code points never come out of a correct decoder.
const windows1252High = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** The `charset` parameter of a Content-Type header value, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = contentType && /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
  return match ? match[1].toLowerCase() : undefined;
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  // Declarations are ASCII and sit at the very start, so reading the head as Latin-1 is safe.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  if (xml) return xml[1].toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head);
  return meta ? meta[1].toLowerCase() : undefined;
}
