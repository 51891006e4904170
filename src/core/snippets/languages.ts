// Everything Tutorial Reader knows of languages, in one table: the names fences and class attributes use for each
// VS Code language id, the extension a snippet of it is saved with, the file names that say it, and which names
// mean "plain text". Every module asks here (the converter, the renderer's highlighter, language detection,
// file names, search); none keeps a list of its own.

interface LanguageRow {
  /** Fence words and class hints besides the id itself (lower case). */
  names?: string[];
  /** What a snippet is saved as (no dot); the first row listing an extension is what that extension maps back to. */
  extension?: string;
  /** Other extensions people write for the language. */
  alsoSavedAs?: string[];
}

/** VS Code language id → what names it. Only ids VS Code has built in or that common extensions register. */
const languages: [string, LanguageRow][] = [
  ['shellscript', { names: ['shell', 'bash', 'sh', 'zsh', 'ksh'], extension: 'sh', alsoSavedAs: ['bash', 'zsh'] }],
  // Prompts and output mixed with commands: our own grammar, not runnable as a script.
  ['tutorial-console', { names: ['console', 'shell-session', 'shellsession', 'terminal'], extension: 'console', alsoSavedAs: ['session'] }],
  ['javascript', { names: ['js', 'node', 'nodejs', 'mjs', 'cjs'], extension: 'js', alsoSavedAs: ['mjs', 'cjs'] }],
  ['javascriptreact', { names: ['jsx'], extension: 'jsx' }],
  ['typescript', { names: ['ts', 'mts', 'cts'], extension: 'ts', alsoSavedAs: ['mts', 'cts'] }],
  ['typescriptreact', { names: ['tsx'], extension: 'tsx' }],
  ['python', { names: ['py', 'python3', 'py3', 'python2', 'ipython'], extension: 'py' }],
  ['csharp', { names: ['cs', 'c#', 'dotnet'], extension: 'cs' }],
  ['fsharp', { names: ['fs', 'f#'], extension: 'fs' }],
  ['vb', { names: ['vbnet', 'vb.net'], extension: 'vb' }],
  ['dockerfile', { names: ['docker', 'containerfile'] }],
  ['yaml', { names: ['yml'], extension: 'yml', alsoSavedAs: ['yaml'] }],
  ['go', { names: ['golang'], extension: 'go' }],
  ['kotlin', { names: ['kt', 'kts'], extension: 'kt', alsoSavedAs: ['kts'] }],
  ['rust', { names: ['rs'], extension: 'rs' }],
  ['ruby', { names: ['rb'], extension: 'rb' }],
  ['c', { names: ['h'], extension: 'c', alsoSavedAs: ['h'] }],
  ['cpp', { names: ['c++', 'cc', 'cxx', 'hpp', 'hh', 'hxx'], extension: 'cpp', alsoSavedAs: ['cc', 'hpp'] }],
  ['objective-c', { names: ['objc', 'objectivec'], extension: 'm' }],
  ['java', { extension: 'java' }],
  ['php', { extension: 'php' }],
  ['html', { names: ['htm', 'xhtml'], extension: 'html', alsoSavedAs: ['htm'] }],
  ['xml', { names: ['svg', 'xsl', 'xslt', 'plist', 'rss', 'atom'], extension: 'xml' }],
  ['css', { extension: 'css' }],
  ['scss', { extension: 'scss' }],
  ['less', { extension: 'less' }],
  ['json', { extension: 'json' }],
  // JSON5 allows comments and trailing commas, which jsonc highlights without errors.
  ['jsonc', { names: ['json5'], extension: 'jsonc' }],
  ['markdown', { names: ['md'], extension: 'md', alsoSavedAs: ['markdown'] }],
  ['sql', { names: ['postgres', 'postgresql', 'psql', 'pgsql', 'mysql', 'sqlite', 'plsql', 'tsql', 'mssql'], extension: 'sql' }],
  ['powershell', { names: ['ps', 'ps1', 'pwsh', 'psm1'], extension: 'ps1', alsoSavedAs: ['psm1'] }],
  ['bat', { names: ['cmd', 'batch'], extension: 'bat', alsoSavedAs: ['cmd'] }],
  ['makefile', { names: ['make', 'mk'], extension: 'mk' }],
  ['toml', { extension: 'toml' }],
  ['ini', { names: ['cfg'], extension: 'ini', alsoSavedAs: ['cfg'] }],
  ['properties', { extension: 'properties' }],
  ['diff', { names: ['patch'], extension: 'diff', alsoSavedAs: ['patch'] }],
  ['graphql', { names: ['gql'], extension: 'graphql' }],
  ['swift', { extension: 'swift' }],
  ['dart', { extension: 'dart' }],
  ['lua', { extension: 'lua' }],
  ['r', { extension: 'r' }],
  ['scala', { extension: 'scala' }],
  ['perl', { names: ['pl', 'pm'], extension: 'pl' }],
  ['vue', { extension: 'vue' }],
  ['svelte', { extension: 'svelte' }],
  ['groovy', { names: ['gradle'], extension: 'groovy', alsoSavedAs: ['gradle'] }],
  ['terraform', { names: ['hcl', 'tf'], extension: 'tf', alsoSavedAs: ['hcl'] }],
  ['nginx', { extension: 'conf' }],
  ['proto3', { names: ['proto', 'protobuf'], extension: 'proto' }],
  ['dotenv', { names: ['env'], extension: 'env' }],
  ['clojure', { names: ['clj'], extension: 'clj' }],
  ['elixir', { names: ['ex', 'exs'], extension: 'ex', alsoSavedAs: ['exs'] }],
  ['erlang', { names: ['erl'], extension: 'erl' }],
  ['haskell', { names: ['hs'], extension: 'hs' }],
  ['julia', { names: ['jl'], extension: 'jl' }],
  ['latex', { names: ['tex'], extension: 'tex' }],
  ['coffeescript', { names: ['coffee'], extension: 'coffee' }],
  ['handlebars', { names: ['hbs'], extension: 'hbs' }],
  ['pug', { names: ['jade'], extension: 'pug' }],
  ['razor', { names: ['cshtml'], extension: 'cshtml' }],
  ['restructuredtext', { names: ['rst'], extension: 'rst' }],
  // What an explicit "no language" says (`text`, `nohighlight`…), and the empty fence word.
  ['plaintext', { names: ['text', 'txt', 'plain', 'none', 'nohighlight', 'no-highlight', 'raw', 'output', ''], extension: 'txt' }],
  ['objective-cpp', { extension: 'mm' }],
  ['ocaml', { extension: 'ml' }],
  ['matlab', { extension: 'm' }],
];

/** The id plain text has in VS Code. */
export const plainTextId = 'plaintext';

const idForHint = new Map<string, string>();
const extensionFor = new Map<string, string>();
const idForExtension = new Map<string, string>();
for (const [id, row] of languages) {
  for (const hint of [id, ...(row.names ?? [])]) idForHint.set(hint, id);
  if (row.extension) {
    extensionFor.set(id, row.extension);
    if (!idForExtension.has(row.extension)) idForExtension.set(row.extension, id);
  }
  for (const extension of row.alsoSavedAs ?? []) idForExtension.set(extension, id);
}

/** Files known by their whole name rather than an extension. */
const idForWholeName: Record<string, string> = {
  dockerfile: 'dockerfile', containerfile: 'dockerfile', makefile: 'makefile', gnumakefile: 'makefile',
  jenkinsfile: 'groovy', gemfile: 'ruby', rakefile: 'ruby', vagrantfile: 'ruby', procfile: 'plaintext',
  // VS Code has no built-in dotenv language; shells source these files and shell highlighting reads them well.
  '.env': 'shellscript', '.gitignore': 'ignore', '.dockerignore': 'ignore', '.bashrc': 'shellscript', '.zshrc': 'shellscript',
  '.profile': 'shellscript', '.editorconfig': 'ini', '.npmrc': 'ini', '.prettierrc': 'json', '.eslintrc': 'json',
  '.babelrc': 'json', 'tsconfig.json': 'jsonc', 'jsconfig.json': 'jsonc',
};

/**
 * The VS Code language id for a fence's info word or a `language-…` class hint, case-insensitive.
 * Unknown hints come back lower-cased: an installed extension may know them, and VS Code falls back otherwise.
 */
export function languageIdFor(lang: string): string {
  const hint = lang.trim().toLowerCase().replace(/^(?:language|lang)-/, '');
  return idForHint.get(hint) ?? hint;
}

/** True when `token` (a class name, say) is a name some language goes by: `javascript`, `py`, `c++`, `text`. */
export function isLanguageName(token: string): boolean {
  const hint = token.trim().toLowerCase();
  return hint !== '' && idForHint.has(hint);
}

/** True when a fence word, class hint or id means no language at all: `text`, `nohighlight`, `plaintext`, ''. */
export function isPlainText(langOrId: string): boolean {
  return languageIdFor(langOrId) === plainTextId;
}

/** The extension (no dot) a snippet of this language is saved with: 'py' for python, 'txt' when unknown. */
export function extensionForLanguage(languageId: string): string {
  return extensionFor.get(languageId) ?? 'txt';
}

/** Languages saved under a whole file name instead of `snippet-N.<ext>`. */
export function wholeFileNameForLanguage(languageId: string): string | undefined {
  return languageId === 'dockerfile' ? 'Dockerfile' : languageId === 'makefile' ? 'Makefile' : undefined;
}

/** True when a name is one that files carry whole: `Dockerfile`, `Makefile`, `.env`, `docker-compose.yml`'s kin. */
export function isWellKnownFileName(name: string): boolean {
  return Object.hasOwn(idForWholeName, name.toLowerCase());
}

/**
 * The VS Code language of a file name (`src/app.py` → python, `Dockerfile.dev` → dockerfile, `.env.local` → shellscript),
 * or undefined when the name says nothing.
 */
export function languageForFileName(fileName: string): string | undefined {
  const base = (fileName.split('/').pop() ?? '').toLowerCase();
  if (Object.hasOwn(idForWholeName, base)) return idForWholeName[base];
  if (/^(?:docker|container)file\b/.test(base)) return 'dockerfile';
  if (/^\.env(?:\.[\w-]+)*$/.test(base)) return 'shellscript';
  const extension = /\.([\w+-]+)$/.exec(base)?.[1];
  return extension === undefined ? undefined : idForExtension.get(extension);
}
