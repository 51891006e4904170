// Which VS Code language a code block is in: its fence says so, or it is a terminal session, or its syntax is
// unmistakable, or VS Code's own model guesses it (nudged toward the languages of the article's other blocks).
import { isConsoleSession } from './consoleSession';
import { guessLanguages, type LanguageGuess } from './languageModel';
import { contextLanguages } from './contextLanguages';
import { languageFromSignals, languageSignalScores } from './languageSignals';
import { isPlainText, languageForFileName, languageIdFor, plainTextId } from './languages';
import { hasJsx, hasTypeScriptSyntax, languageFromSyntaxCues } from './syntaxCues';

export interface LanguageHint {
  /** The block's fence info / HTML class language, e.g. 'bash'. */
  fenceLang?: string;
  /** Languages of the article's other hinted blocks (fence names or VS Code ids). */
  articleLanguages?: string[];
  /** What the article says just before the block ("Here is the handler in Go:", "in your `app.py`"). */
  context?: string;
  /** The file the article says the block is (`docker-compose.yml`, `src/app.ts`). */
  fileName?: string;
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

/** Added per point of syntax evidence (languageSignals.ts) and per unit of what the text before the block says. */
const signalWeight = 0.06;
const contextWeight = 0.3;

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

/** What each source of evidence says about a block, besides its fence. */
interface Evidence {
  articleLanguages: ReadonlySet<string>;
  signals: ReadonlyMap<string, number>;
  context: ReadonlyMap<string, number>;
}

/** The family a language's evidence counts for: JSX and TSX blocks are told apart from plain JS/TS afterwards. */
function family(languageId: string): string {
  return plainFlavour[languageId] ?? languageId;
}

/**
 * The best language once the model's confidences, the syntax evidence, what the text before the block says and
 * the article's other languages are added up; undefined when nothing clears the threshold.
 */
function chooseGuess(guesses: readonly LanguageGuess[], evidence: Evidence): LanguageGuess | undefined {
  const scores = new Map<string, { confidence: number; score: number }>();
  const add = (languageId: string, confidence: number, amount: number) => {
    const entry = scores.get(languageId) ?? { confidence: 0, score: 0 };
    entry.confidence = Math.max(entry.confidence, confidence);
    entry.score += amount;
    scores.set(languageId, entry);
  };
  for (const guess of guesses) add(family(guess.languageId), guess.confidence, guess.confidence);
  for (const [languageId, points] of evidence.signals) add(languageId, 0, points * signalWeight);
  for (const [languageId, weight] of evidence.context) if (languageId !== 'shellscript' || scores.has(languageId)) add(family(languageId), 0, weight * contextWeight);
  let best: LanguageGuess | undefined;
  let bestScore = -1;
  for (const [languageId, { confidence, score }] of scores) {
    const total = score + (evidence.articleLanguages.has(languageId) ? articleLanguageBoost : 0);
    if (total > bestScore) {
      best = { languageId, confidence: Math.max(confidence, Math.min(total, 0.99)) };
      bestScore = total;
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

  const named = hint.fileName ? languageForFileName(hint.fileName) : undefined;
  if (named && !isPlainText(named)) return { languageId: withJsxFlavour(named, code), confidence: 0.95 };

  const cue = languageFromSyntaxCues(code);
  if (cue) return { languageId: withJsxFlavour(cue, code), confidence: 0.9 };

  const articleLanguages = articleLanguageSet(hint.articleLanguages);
  const signals = languageSignalScores(code);
  // Syntax that leaves no doubt settles it in microseconds; the model is for everything else.
  const plain = languageFromSignals(signals);
  if (plain) return { languageId: withJsxFlavour(scriptDialect(plain, code, articleLanguages), code), confidence: 0.85 };

  let guesses: LanguageGuess[];
  try {
    guesses = await guessLanguages(code);
  } catch {
    guesses = []; // A model that cannot load leaves blocks plain rather than failing the preview.
  }
  const guess = chooseGuess(guesses, { articleLanguages, signals, context: contextLanguages(hint.context) });
  if (!guess) return { languageId: plainTextId, confidence: guesses[0]?.confidence ?? 0 };
  return { languageId: withJsxFlavour(scriptDialect(guess.languageId, code, articleLanguages), code), confidence: guess.confidence };
}
