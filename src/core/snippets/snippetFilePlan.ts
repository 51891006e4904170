// Which of an article's code blocks become which files when the whole tutorial is saved into a folder.
import { pathKey, sanitizeFileName } from './safePath';

/** A code block as the planner sees it: its code, its language, and the file name proposed for it. */
export interface SnippetFileInput {
  readonly index: number;
  readonly code: string;
  readonly languageId: string;
  /** From suggestFileName: the article's own name for the block, else `snippet-N.<ext>`. */
  readonly fileName: string;
  /** True when the article named the file (a comment, or `app.py` in the sentence before it). */
  readonly named: boolean;
}

/** One row of the pick: a block, the file it would be saved as, and whether it is ticked to begin with. */
export interface PlannedSnippetFile {
  readonly index: number;
  readonly path: string;
  readonly languageId: string;
  /** The code as written to disk: ends with exactly one newline. */
  readonly contents: string;
  readonly picked: boolean;
  /** Why a block is not ticked, or what its file replaces; shown in the pick. */
  readonly note?: string;
}

/** Languages whose unnamed blocks are commands to type, not files to keep. */
const commandLanguages = new Set(['tutorial-console', 'shellscript', 'powershell', 'bat']);

/**
 * Plans the files for an article's blocks, in article order. Shell sessions, one-off commands and plain output are
 * listed but not ticked unless the article names a file for them (`setup.sh`). A file shown in several steps keeps
 * its last version: the earlier blocks are unticked and say which block wins.
 */
export function planSnippetFiles(blocks: readonly SnippetFileInput[]): PlannedSnippetFile[] {
  const planned = blocks.map((block): PlannedSnippetFile => {
    const path = sanitizeFileName(block.fileName) ?? `snippet-${block.index + 1}.txt`;
    const contents = `${block.code.replace(/\s+$/, '')}\n`;
    if (block.named) return { index: block.index, path, languageId: block.languageId, contents, picked: true };
    if (block.languageId === 'tutorial-console') return { index: block.index, path, languageId: block.languageId, contents, picked: false, note: 'a terminal session: commands and their output' };
    if (commandLanguages.has(block.languageId)) return { index: block.index, path, languageId: block.languageId, contents, picked: false, note: 'commands to run, not a file' };
    if (block.languageId === 'plaintext') return { index: block.index, path, languageId: block.languageId, contents, picked: false, note: 'plain text or program output' };
    return { index: block.index, path, languageId: block.languageId, contents, picked: true };
  });
  return keepLastVersions(planned);
}

/** Blocks that name the same file: the last ticked one is saved, the others point to it. */
function keepLastVersions(planned: PlannedSnippetFile[]): PlannedSnippetFile[] {
  const byPath = new Map<string, number[]>();
  planned.forEach((file, i) => {
    const key = pathKey(file.path);
    byPath.set(key, [...(byPath.get(key) ?? []), i]);
  });
  const result = [...planned];
  for (const positions of byPath.values()) {
    if (positions.length < 2) continue;
    const ticked = positions.filter((i) => planned[i].picked);
    const winner = ticked.length > 0 ? ticked[ticked.length - 1] : positions[positions.length - 1];
    const others = positions.filter((i) => i !== winner).map((i) => planned[i].index + 1);
    for (const i of positions) {
      if (i === winner) {
        result[i] = { ...planned[i], note: joinNotes(planned[i].note, `the last version of this file: block${others.length > 1 ? 's' : ''} ${others.join(', ')} show${others.length > 1 ? '' : 's'} an earlier one`) };
      } else {
        result[i] = { ...planned[i], picked: false, note: joinNotes(planned[i].note, `an earlier version of ${planned[i].path}: block ${planned[winner].index + 1} is saved instead`) };
      }
    }
  }
  return result;
}

function joinNotes(first: string | undefined, second: string): string {
  return first ? `${first}; ${second}` : second;
}
