// VS Code language ids ↔ the file names a snippet of that language is saved under.

/** languageId → extension (without the dot). The first id listed for an extension is the one it maps back to. */
const extensionsById: [string, string][] = [
  ['python', 'py'], ['javascript', 'js'], ['javascriptreact', 'jsx'], ['typescript', 'ts'], ['typescriptreact', 'tsx'],
  ['shellscript', 'sh'], ['tutorial-console', 'console'], ['powershell', 'ps1'], ['bat', 'bat'], ['yaml', 'yml'],
  ['json', 'json'], ['jsonc', 'jsonc'], ['html', 'html'], ['css', 'css'], ['scss', 'scss'], ['less', 'less'],
  ['markdown', 'md'], ['xml', 'xml'], ['java', 'java'], ['kotlin', 'kt'], ['csharp', 'cs'], ['fsharp', 'fs'],
  ['vb', 'vb'], ['go', 'go'], ['rust', 'rs'], ['c', 'c'], ['cpp', 'cpp'], ['objective-c', 'm'], ['objective-cpp', 'mm'],
  ['swift', 'swift'], ['dart', 'dart'], ['ruby', 'rb'], ['php', 'php'], ['perl', 'pl'], ['lua', 'lua'], ['r', 'r'],
  ['scala', 'scala'], ['groovy', 'groovy'], ['sql', 'sql'], ['graphql', 'graphql'], ['toml', 'toml'], ['ini', 'ini'],
  ['properties', 'properties'], ['diff', 'diff'], ['terraform', 'tf'], ['proto3', 'proto'], ['vue', 'vue'],
  ['svelte', 'svelte'], ['elixir', 'ex'], ['erlang', 'erl'], ['haskell', 'hs'], ['julia', 'jl'], ['clojure', 'clj'],
  ['coffeescript', 'coffee'], ['latex', 'tex'], ['ocaml', 'ml'], ['matlab', 'm'], ['makefile', 'mk'], ['nginx', 'conf'],
  ['dotenv', 'env'], ['handlebars', 'hbs'], ['pug', 'pug'], ['razor', 'cshtml'], ['restructuredtext', 'rst'],
  ['plaintext', 'txt'],
];

const extensionFor = new Map(extensionsById);
const idForExtension = new Map<string, string>();
for (const [id, extension] of extensionsById) if (!idForExtension.has(extension)) idForExtension.set(extension, id);
// Other extensions people write for the same languages.
for (const [extension, id] of [['yaml', 'yaml'], ['mjs', 'javascript'], ['cjs', 'javascript'], ['mts', 'typescript'],
  ['cts', 'typescript'], ['bash', 'shellscript'], ['zsh', 'shellscript'], ['htm', 'html'], ['cc', 'cpp'], ['hpp', 'cpp'],
  ['h', 'c'], ['kts', 'kotlin'], ['exs', 'elixir'], ['gradle', 'groovy'], ['cfg', 'ini'], ['psm1', 'powershell'],
  ['cmd', 'bat'], ['markdown', 'markdown'], ['session', 'tutorial-console'], ['hcl', 'terraform'], ['patch', 'diff']]) {
  idForExtension.set(extension, id);
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
