// Paths from articles (and from what a user types over them) become files inside a chosen folder: nothing may
// escape it or be refused by a file system.

/** Characters no file name may hold on Windows, macOS or Linux. */
const invalidCharacters = /[<>:"|?*\\\p{Cc}]/gu;
const reservedWindowsNames = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i;
/** Most file systems allow 255 bytes per name; keep a margin for a `-2` suffix. */
const MAX_SEGMENT_LENGTH = 200;

/**
 * A relative path safe to create inside the workspace: no `.` or `..` segments, no characters file systems
 * refuse; an absolute or home path (`/etc/nginx/nginx.conf`, `~/.config/app.yaml`) keeps only its file name, since
 * the workspace has no such folders. Undefined when nothing is left.
 */
export function sanitizeFileName(name: string): string | undefined {
  const absolute = /^(?:[/\\~]|[A-Za-z]:)/.test(name);
  const segments = name.split(/[/\\]+/).slice(absolute ? -1 : 0)
    .map((segment) => segment.replace(invalidCharacters, '-').replace(/[. ]+$/, '').trim().slice(0, MAX_SEGMENT_LENGTH))
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..' && !/^\.+$/.test(segment))
    .map((segment) => (reservedWindowsNames.test(segment) ? `_${segment}` : segment));
  return segments.length > 0 ? segments.join('/') : undefined;
}

/** What becomes of a path a user typed: the path written, and why it differs from what was typed. */
export interface CleanedPath {
  readonly path?: string;
  readonly problem?: string;
}

/** Checks a typed relative path: cleaned with a reason when it had to change, refused when nothing is left. */
export function cleanRelativePath(typed: string): CleanedPath {
  const input = typed.trim();
  if (input === '') return { problem: 'Enter a file name.' };
  const path = sanitizeFileName(input);
  if (path === undefined) return { problem: `"${input}" is not a file name that can be created in the folder.` };
  if (path === input.replace(/\\/g, '/').replace(/^\.\//, '')) return { path };
  const why = /^(?:[/\\~]|[A-Za-z]:)/.test(input) ? 'an absolute path keeps only its file name'
    : /(?:^|[/\\])\.\.(?:[/\\]|$)/.test(input) ? '".." would leave the folder'
    : reservedWindowsNames.test(input.split(/[/\\]/).pop() ?? '') || input.split(/[/\\]/).some((s) => reservedWindowsNames.test(s)) ? 'the name is reserved on Windows'
    : 'some characters are not allowed in file names';
  return { path, problem: `Saved as "${path}": ${why}.` };
}

/**
 * `path` with a number before its extension that none of `taken` (compared case-insensitively, as macOS and
 * Windows do) already holds: `app.py` → `app-2.py`, `Dockerfile` → `Dockerfile-2`, `.env` → `.env-2`.
 */
export function besidePath(path: string, taken: (candidate: string) => boolean): string {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  const base = path.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [base.slice(0, dot), base.slice(dot)] : [base, ''];
  for (let n = 2; ; n++) {
    const candidate = `${dir}${stem}-${n}${extension}`;
    if (!taken(candidate)) return candidate;
  }
}

/** The key two paths share when they name the same file on a case-insensitive file system. */
export function pathKey(path: string): string {
  return path.toLowerCase();
}
