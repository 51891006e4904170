// What the article says just before a code block about its language: "the following Go program", "add this to
// your `docker-compose.yml`", "run this in your terminal". A prior for detectLanguage, never a verdict on its own.
import { languageForFileName } from './languages';

/** How far back the text counts: the sentence or two that introduce the block. */
const reach = 300;

const mentions: readonly [RegExp, string][] = [
  [/\bpython\b|\bdjango\b|\bflask\b|\bfastapi\b|\bpandas\b|\bnumpy\b|\bpytorch\b/i, 'python'],
  [/\btypescript\b|\bTS\b/, 'typescript'],
  [/\bjavascript\b|\bnode(?:\.js)?\b|\bJS\b|\bexpress\b/i, 'javascript'],
  [/\breact\b|\bjsx\b|\bcomponent\b/i, 'javascriptreact'],
  [/\bGo(?:lang)?\s+(?:program|code|file|function|handler|server|module|package|struct|app|version|snippet)s?\b|\bin Go\b|\bgolang\b/, 'go'],
  [/\brust\b|\bcargo\b/i, 'rust'],
  [/\bjava\b(?!script)|\bspring(?:\s+boot)?\b/i, 'java'],
  [/\bkotlin\b/i, 'kotlin'],
  [/\bC#|\.NET\b|\basp\.net\b|\bcsharp\b/i, 'csharp'],
  [/\bruby\b|\brails\b/i, 'ruby'],
  [/\bphp\b|\blaravel\b/i, 'php'],
  [/\bswift(?:ui)?\b/i, 'swift'],
  [/\bdart\b|\bflutter\b/i, 'dart'],
  [/\bC\+\+|\bcpp\b/i, 'cpp'],
  [/\bSQL\b|\bquery\b|\bpostgres(?:ql)?\b|\bmysql\b|\bsqlite\b/i, 'sql'],
  [/\byaml\b|\byml\b|\bdocker[- ]compose\b|\bkubernetes\b|\bmanifest\b|\bworkflow\b/i, 'yaml'],
  [/\bjson\b/i, 'json'],
  [/\bdockerfile\b/i, 'dockerfile'],
  [/\bhtml\b|\bmarkup\b/i, 'html'],
  [/\bcss\b|\bstyles?(?:heet)?\b/i, 'css'],
  [/\bscss\b|\bsass\b/i, 'scss'],
  [/\bxml\b/i, 'xml'],
  [/\btoml\b/i, 'toml'],
  [/\bpowershell\b/i, 'powershell'],
  [/\bgraphql\b/i, 'graphql'],
  [/\blua\b/i, 'lua'],
  [/\belixir\b|\bphoenix\b/i, 'elixir'],
  [/\bhaskell\b/i, 'haskell'],
  [/\bscala\b/i, 'scala'],
  [/\bmakefile\b/i, 'makefile'],
  [/\bterminal\b|\bcommand(?:s| line)?\b|\bshell\b|\bbash\b|\brun\b|\binstall\b/i, 'shellscript'],
];

const fileNames = /`?((?:[\w.-]+\/)*[\w-]*\.[A-Za-z][\w]{0,9}|Dockerfile|Makefile|docker-compose\.ya?ml)`?/g;

/**
 * Languages the text before a block points to, with a weight each: 1 for a file name it gives, less for a language
 * or tool it names; a mention near the end (right before the block) counts more than one further back.
 */
export function contextLanguages(context: string | undefined): Map<string, number> {
  const scores = new Map<string, number>();
  if (!context) return scores;
  const text = context.slice(-reach);
  const nearness = (at: number) => 0.5 + 0.5 * (at / Math.max(1, text.length));
  const add = (language: string | undefined, weight: number) => {
    if (language) scores.set(language, Math.max(scores.get(language) ?? 0, weight));
  };
  for (const match of text.matchAll(fileNames)) add(languageForFileName(match[1]), nearness(match.index ?? 0));
  for (const [pattern, language] of mentions) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    let last = -1;
    for (const match of text.matchAll(global)) last = match.index ?? last;
    if (last >= 0) add(language, 0.6 * nearness(last));
  }
  return scores;
}
