import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export type SourceUrlCheck = { ok: true; url: string } | { ok: false; problem: string };

/**
 * Turns what a person typed (or wrote in settings.json) into a source address, or says why it can't be one.
 * Accepts http(s) URLs, bare domains (`example.com/feed` → https), `feed:` links, `file:` URLs and absolute
 * paths (`~` expanded); `builtin:` names only when `allowBuiltin`.
 */
export function checkSourceUrl(input: string, options: { allowBuiltin?: boolean } = {}): SourceUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'No address given' };
  if (/^(\/|\\\\|[a-zA-Z]:[\\/])/.test(text)) return { ok: true, url: text };
  if (/^~[\\/]/.test(text)) return { ok: true, url: path.join(os.homedir(), text.slice(2)) };
  if (/^\.\.?[\\/]/.test(text)) return { ok: false, problem: `"${text}" is a relative path: give the full path to the feed file` };

  // "localhost:8080/feed" is a host and port, not a scheme.
  const scheme = /^([a-z][a-z0-9+.-]*):(?!\d)/i.exec(text)?.[1].toLowerCase();
  switch (scheme) {
    case undefined:
      return checkWebUrl(`https://${text}`, text);
    case 'http':
    case 'https':
      return checkWebUrl(text, text);
    case 'feed': {
      // Browsers' subscribe links: feed://host/path and feed:https://host/path.
      const rest = text.slice('feed:'.length);
      return rest.startsWith('//') ? checkWebUrl(`https:${rest}`, text) : checkSourceUrl(rest);
    }
    case 'file':
      try {
        fileURLToPath(text);
        return { ok: true, url: new URL(text).href };
      } catch {
        return { ok: false, problem: `"${text}" is not a valid file address` };
      }
    case 'builtin':
      if (options.allowBuiltin) return { ok: true, url: text };
  }
  return { ok: false, problem: `"${text}" is not a feed address: only http(s) and file addresses are supported` };
}

function checkWebUrl(candidate: string, typed: string): SourceUrlCheck {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, problem: `"${typed}" is not a valid web address` };
  }
  const host = url.hostname;
  // A single word ("news") is more likely a typo than an intranet host; localhost and IPs are fine.
  if (!host || !(host.includes('.') || host === 'localhost' || host.startsWith('['))) {
    return { ok: false, problem: `"${typed}" is not a web address (no domain such as example.com)` };
  }
  return { ok: true, url: url.href };
}

/**
 * The form two addresses of the same source share: lower-case host, no default port, no fragment,
 * no trailing slash; files by absolute path. Used to spot duplicates.
 */
export function sourceIdentity(url: string): string {
  const checked = checkSourceUrl(url, { allowBuiltin: true });
  const text = checked.ok ? checked.url : url.trim();
  if (/^https?:/i.test(text)) {
    const parsed = new URL(text);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  }
  if (/^file:/i.test(text)) {
    try {
      return path.resolve(fileURLToPath(text));
    } catch {
      return text;
    }
  }
  if (/^builtin:/i.test(text)) return text.toLowerCase();
  return checked.ok ? path.resolve(text) : text;
}

/** A short stable id for a source (16 hex digits), safe in file names and state keys. */
export function sourceKey(url: string): string {
  return createHash('sha256').update(sourceIdentity(url)).digest('hex').slice(0, 16);
}
