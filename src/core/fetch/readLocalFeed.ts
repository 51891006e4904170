import { open } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { decodeText } from './decodeText';
import { FetchError, formatBytes } from './fetchError';
import type { FetchResult } from './fetchFeed';

/**
 * Reads a feed file from disk with the same result shape as an HTTP fetch. The file's modification
 * time plays the part of Last-Modified, so an unchanged file is reported as not modified.
 */
export async function readLocalFeed(filePath: string, options: { maxBytes: number; lastModified?: string }): Promise<FetchResult> {
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
    if (options.lastModified === lastModified) return { status: 'not-modified', url, lastModified };
    const bytes = await handle.readFile();
    // The file may have grown between stat and read.
    if (bytes.byteLength > options.maxBytes) throw new FetchError('too-large', `Feed is larger than ${formatBytes(options.maxBytes)}`);
    return { status: 'ok', url, text: decodeText(bytes), lastModified, redirected: false };
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
