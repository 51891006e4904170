// VS Code's own language-guessing model (@vscode/vscode-languagedetection, guesslang on tfjs), loaded lazily from files on disk.
import * as fs from 'fs';
import * as path from 'path';
import type { ModelOperations, ModelResult } from '@vscode/vscode-languagedetection';

/** Folder name the build copies the model into, beside the bundle (dist/languageDetectionModel/). */
export const bundledModelFolder = 'languageDetectionModel';
const modelJsonFile = 'model.json';
const weightsFile = 'group1-shard1of1.bin';

/** The model's ids (file extensions, mostly) → VS Code language ids. Ids VS Code has no built-in language for are left out. */
const vscodeIdForModelId: Record<string, string> = {
  asm: 'asm', bat: 'bat', c: 'c', clj: 'clojure', cmake: 'cmake', coffee: 'coffeescript', cpp: 'cpp', cs: 'csharp',
  css: 'css', dart: 'dart', dockerfile: 'dockerfile', erl: 'erlang', ex: 'elixir', go: 'go', groovy: 'groovy',
  hs: 'haskell', html: 'html', ini: 'ini', java: 'java', jl: 'julia', js: 'javascript', json: 'json', kt: 'kotlin',
  lua: 'lua', makefile: 'makefile', matlab: 'matlab', md: 'markdown', ml: 'ocaml', mm: 'objective-cpp', pas: 'pascal',
  php: 'php', pl: 'perl', pm: 'perl', ps1: 'powershell', py: 'python', r: 'r', rb: 'ruby', rs: 'rust', scala: 'scala',
  sh: 'shellscript', sql: 'sql', swift: 'swift', tex: 'latex', toml: 'toml', ts: 'typescript', vba: 'vb', xml: 'xml',
  yaml: 'yaml',
};

/** The VS Code id for one of the model's ids, or undefined when VS Code has no such language built in. */
export function vscodeIdForModelLanguage(modelId: string): string | undefined {
  return vscodeIdForModelId[modelId];
}

/**
 * The folder holding model.json and the weights: beside the bundle (dist/languageDetectionModel/), else the
 * package's own in the nearest node_modules up the tree (unit tests run from out/). Looked up on disk rather than
 * with require.resolve, which esbuild would try to bundle.
 */
export function findModelFolder(): string {
  const besideBundle = path.join(__dirname, bundledModelFolder);
  if (fs.existsSync(path.join(besideBundle, modelJsonFile))) return besideBundle;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const installed = path.join(dir, 'node_modules', '@vscode', 'vscode-languagedetection', 'model');
    if (fs.existsSync(path.join(installed, modelJsonFile))) return installed;
    if (path.dirname(dir) === dir) throw new Error(`Language detection model not found beside ${__dirname} or in node_modules.`);
  }
}

export interface LanguageGuess {
  languageId: string;
  confidence: number;
}

let modelPromise: Promise<ModelOperations> | undefined;
// tfjs loads the graph on the first run; overlapping first runs would each load it, so runs go one after another.
let queue: Promise<unknown> = Promise.resolve();

async function createModel(): Promise<ModelOperations> {
  // Required here, not imported at the top: tfjs loads only when the first snippet needs guessing, never at
  // activation. The build keeps it out of the main bundles (see scripts/build.mjs), so this stays a plain require.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ModelOperations } = require('@vscode/vscode-languagedetection') as typeof import('@vscode/vscode-languagedetection');
  const folder = findModelFolder();
  return new ModelOperations({
    modelJsonLoaderFunc: async () => JSON.parse(await fs.promises.readFile(path.join(folder, modelJsonFile), 'utf8')),
    weightsLoaderFunc: async () => {
      const bytes = await fs.promises.readFile(path.join(folder, weightsFile));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
  });
}

/**
 * The model's guesses for `code`, best first, as VS Code ids (languages VS Code lacks are dropped).
 * Empty for content under the model's 20-character minimum.
 */
export function guessLanguages(code: string): Promise<LanguageGuess[]> {
  modelPromise ??= createModel();
  const run = queue.then(async () => {
    const model = await modelPromise!;
    const results: ModelResult[] = await model.runModel(code);
    const guesses: LanguageGuess[] = [];
    for (const result of results) {
      const languageId = vscodeIdForModelLanguage(result.languageId);
      if (languageId) guesses.push({ languageId, confidence: result.confidence });
    }
    return guesses;
  });
  queue = run.catch(() => undefined);
  return run;
}
