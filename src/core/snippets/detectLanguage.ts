// Which VS Code language a code block is in: its fence says so, or it is a terminal session, or its syntax is
// unmistakable, or VS Code's own model guesses it (nudged toward the languages of the article's other blocks).
import { isConsoleSession } from './consoleSession';
import { guessLanguages, type LanguageGuess } from './languageModel';
import { isPlainText, languageIdFor, plainTextId } from './languages';
import { hasJsx, hasTypeScriptSyntax, languageFromSyntaxCues } from './syntaxCues';

export interface LanguageHint {
  /** The block's fence info / HTML class language, e.g. 'bash'. */
  fenceLang?: string;
  /** Languages of the article's other hinted blocks (fence names or VS Code ids). */
  articleLanguages?: string[];
}

export interface DetectedLanguage {
  languageId: string;
  /** 1 for a fence hint, 0.9 for a prompt or an unmistakable syntax cue, else the model's own confidence. */
  confidence: number;
}

export const consoleLanguageId = 'tutorial-console';

/**
 * Below this, the model's best guess is not trusted and the block stays plain text. Measured on the seed set:
 * at 0.1 wrong guesses and blocks kept plain cost about the same; VS Code's own default sits in the same range.
 */
export const modelConfidenceThreshold = 0.1;

/** Added to the model's confidence for a language the article's other blocks use: tutorials rarely switch language. */
export const articleLanguageBoost = 0.15;

/** Fences for shells: a block under one of these whose first line is a prompt is a session, not a script. */
const shellFences = new Set([
  'bash', 'sh', 'shell', 'zsh', 'fish', 'console', 'shell-session', 'shellsession', 'bash-session', 'terminal',
  'powershell', 'ps', 'ps1', 'pwsh', 'cmd', 'bat', 'batch', 'doscon', 'pycon',
]);

const reactFlavour: Record<string, string> = { javascript: 'javascriptreact', typescript: 'typescriptreact' };
const plainFlavour: Record<string, string> = { javascriptreact: 'javascript', typescriptreact: 'typescript' };

function withJsxFlavour(languageId: string, code: string): string {
  return reactFlavour[languageId] && hasJsx(code) ? reactFlavour[languageId] : languageId;
}

/**
 * The model often calls plain JavaScript TypeScript and back. TypeScript's own syntax decides; without any, the
 * article's other blocks do (a TypeScript tutorial's untyped lines are still TypeScript), else JavaScript.
 */
function scriptDialect(languageId: string, code: string, articleLanguages: ReadonlySet<string>): string {
  if (languageId !== 'javascript' && languageId !== 'typescript') return languageId;
  if (hasTypeScriptSyntax(code)) return 'typescript';
  return articleLanguages.has('typescript') && !articleLanguages.has('javascript') ? 'typescript' : 'javascript';
}

/** The model's guess after the article's own languages are favoured, or undefined when nothing clears the threshold. */
function chooseGuess(guesses: LanguageGuess[], articleLanguages: ReadonlySet<string>): LanguageGuess | undefined {
  let best: LanguageGuess | undefined;
  let bestScore = -1;
  for (const guess of guesses) {
    const score = guess.confidence + (articleLanguages.has(guess.languageId) ? articleLanguageBoost : 0);
    if (score > bestScore) {
      best = guess;
      bestScore = score;
    }
  }
  return best && bestScore >= modelConfidenceThreshold ? best : undefined;
}

/**
 * Languages the syntax cues already recognise reliably. An article's shell or YAML blocks say nothing about a block
 * the cues passed over, so they get no boost (else every short C# line in a Docker tutorial turns into shell).
 */
const cueRecognised = new Set([plainTextId, 'shellscript', 'tutorial-console', 'dockerfile', 'yaml', 'json', 'properties']);

function articleLanguageSet(languages: readonly string[] = []): Set<string> {
  const ids = new Set<string>();
  for (const language of languages) {
    const id = languageIdFor(language);
    if (cueRecognised.has(id)) continue;
    ids.add(id);
    if (plainFlavour[id]) ids.add(plainFlavour[id]);
  }
  return ids;
}

/**
 * The VS Code language id for a code block. A real fence hint wins; a block opening with a prompt (`$ npm i`,
 * `PS C:\>`, `>>>`) unhinted or under a shell fence is a `tutorial-console` session; otherwise syntax cues, then
 * the model (loaded on first use), decide; 'plaintext' when nothing is sure enough.
 */
export async function detectLanguage(code: string, hint: LanguageHint = {}): Promise<DetectedLanguage> {
  const fence = (hint.fenceLang ?? '').trim().toLowerCase();
  const hinted = !isPlainText(fence);
  if ((!hinted || shellFences.has(fence)) && isConsoleSession(code)) return { languageId: consoleLanguageId, confidence: 0.9 };
  if (hinted) {
    const hintedId = languageIdFor(fence);
    return { languageId: hintedId, confidence: 1 };
  }

  const cue = languageFromSyntaxCues(code);
  if (cue) return { languageId: withJsxFlavour(cue, code), confidence: 0.9 };

  let guesses: LanguageGuess[];
  try {
    guesses = await guessLanguages(code);
  } catch {
    guesses = []; // A model that cannot load leaves blocks plain rather than failing the preview.
  }
  const articleLanguages = articleLanguageSet(hint.articleLanguages);
  const guess = chooseGuess(guesses, articleLanguages);
  if (!guess) return { languageId: plainTextId, confidence: guesses[0]?.confidence ?? 0 };
  return { languageId: withJsxFlavour(scriptDialect(guess.languageId, code, articleLanguages), code), confidence: guess.confidence };
}
