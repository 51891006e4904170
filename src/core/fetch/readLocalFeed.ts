import { open } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { decodeText } from './decodeText';
import { FetchError, formatBytes } from './fetchError';
import type { FetchResult } from './fetchFeed';

/**
 * Reads a feed file from disk with the same result shape as an HTTP fetch. Size and modification time
 * play the part of ETag and Last-Modified, so an unchanged file is reported as not modified.
 */
export async function readLocalFeed(filePath: string, options: { maxBytes: number; etag?: string; lastModified?: string }): Promise<FetchResult> {
  const url = pathToFileURL(filePath).href;
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (error) {
    throw fileError(error, filePath);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new FetchError('bad-url', `${filePath} is a folder, not a feed file`);
    if (info.size > options.maxBytes) throw new FetchError('too-large', `Feed is larger than ${formatBytes(options.maxBytes)}`);
    const lastModified = info.mtime.toUTCString();
    // The ETag sees sub-second edits that the HTTP-date granularity of Last-Modified misses.
    const etag = `W/"${info.size}-${info.mtimeMs}"`;
    const unchanged = options.etag ? options.etag === etag : options.lastModified === lastModified;
    if (unchanged) return { status: 'not-modified', url, etag, lastModified };
    const bytes = await handle.readFile();
    // The file may have grown between stat and read.
    if (bytes.byteLength > options.maxBytes) throw new FetchError('too-large', `Feed is larger than ${formatBytes(options.maxBytes)}`);
    return { status: 'ok', url, text: decodeText(bytes), etag, lastModified, redirected: false };
  } catch (error) {
    throw error instanceof FetchError ? error : fileError(error, filePath);
  } finally {
    await handle.close();
  }
}

function fileError(error: unknown, filePath: string): FetchError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new FetchError('network', `File not found: ${filePath}`, { cause: error });
  if (code === 'EACCES' || code === 'EPERM') return new FetchError('network', `No permission to read ${filePath}`, { cause: error });
  if (code === 'EISDIR') return new FetchError('bad-url', `${filePath} is a folder, not a feed file`, { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new FetchError('network', `Could not read ${filePath}: ${detail}`, { cause: error });
}
