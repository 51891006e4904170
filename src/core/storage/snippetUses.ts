// What the reader did with each code block ("saved as src/app.py", "copied"), stored with the read marks in
// globalState and synced through Settings Sync, so it must stay small and survive any value a sync brings.

export type SnippetUseKind = 'opened' | 'copied' | 'inserted' | 'saved' | 'sent';

/** The last thing done with one block; `savedAs` is kept once saved, whatever happens next. */
export interface SnippetUse {
  readonly kind: SnippetUseKind;
  /** Relative to the workspace folder it was saved into. */
  readonly savedAs?: string;
}

/** Per article (its key string), per block index: newest articles last, so trimming drops the oldest. */
export type SnippetUses = [articleKey: string, uses: Record<string, SnippetUse>][];

/** Articles remembered; the read marks keep 10,000, but each of these entries is larger. */
export const MAX_ARTICLES_WITH_USES = 2_000;

const kinds = new Set<string>(['opened', 'copied', 'inserted', 'saved', 'sent']);

/** The stored value as SnippetUses, dropping whatever does not have the right shape. */
export function parseSnippetUses(raw: unknown): SnippetUses {
  if (!Array.isArray(raw)) return [];
  const result: SnippetUses = [];
  for (const entry of raw) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !entry[1] || typeof entry[1] !== 'object') continue;
    const uses: Record<string, SnippetUse> = {};
    for (const [index, use] of Object.entries(entry[1] as Record<string, unknown>)) {
      const u = use as Partial<SnippetUse> | null;
      if (!/^\d+$/.test(index) || !u || typeof u.kind !== 'string' || !kinds.has(u.kind)) continue;
      uses[index] = typeof u.savedAs === 'string' ? { kind: u.kind, savedAs: u.savedAs } : { kind: u.kind };
    }
    if (Object.keys(uses).length > 0) result.push([entry[0], uses]);
  }
  return result;
}

/** `uses` with one more use recorded: the article moves to the end (newest), the list is trimmed to the limit. */
export function withSnippetUse(uses: SnippetUses, articleKey: string, index: number, use: SnippetUse): SnippetUses {
  const previous = uses.find(([key]) => key === articleKey)?.[1] ?? {};
  const savedAs = use.savedAs ?? previous[index]?.savedAs;
  const merged: Record<string, SnippetUse> = { ...previous, [index]: savedAs ? { kind: use.kind, savedAs } : { kind: use.kind } };
  const next: SnippetUses = [...uses.filter(([key]) => key !== articleKey), [articleKey, merged]];
  return next.length > MAX_ARTICLES_WITH_USES ? next.slice(next.length - MAX_ARTICLES_WITH_USES) : next;
}

/** What a snippet row's tooltip says about its use. */
export function describeSnippetUse(use: SnippetUse): string {
  if (use.savedAs) return use.kind === 'saved' ? `Saved as ${use.savedAs}` : `Saved as ${use.savedAs}, then ${pastTense[use.kind]}`;
  return pastTense[use.kind][0].toUpperCase() + pastTense[use.kind].slice(1);
}

const pastTense: Record<SnippetUseKind, string> = {
  opened: 'opened in an editor',
  copied: 'copied',
  inserted: 'inserted at the cursor',
  saved: 'saved',
  sent: 'sent to the terminal',
};
