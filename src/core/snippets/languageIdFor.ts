// Fence info strings and class hints name languages many ways; VS Code wants one id per language.

/** Hint (lower-cased) → VS Code language id. Only ids VS Code has built in or that common extensions register. */
const idForHint = new Map<string, string>();

function alias(id: string, ...hints: string[]): void {
  for (const hint of [id, ...hints]) idForHint.set(hint, id);
}

alias('shellscript', 'shell', 'bash', 'sh', 'zsh', 'ksh');
// Prompts and output mixed with commands: our own grammar, not runnable as a script.
alias('tutorial-console', 'console', 'shell-session', 'shellsession', 'terminal');
alias('javascript', 'js', 'node', 'nodejs', 'mjs', 'cjs');
alias('javascriptreact', 'jsx');
alias('typescript', 'ts', 'mts', 'cts');
alias('typescriptreact', 'tsx');
alias('python', 'py', 'python3', 'py3', 'python2', 'ipython');
alias('csharp', 'cs', 'c#', 'dotnet');
alias('fsharp', 'fs', 'f#');
alias('vb', 'vbnet', 'vb.net');
alias('dockerfile', 'docker', 'containerfile');
alias('yaml', 'yml');
alias('go', 'golang');
alias('kotlin', 'kt', 'kts');
alias('rust', 'rs');
alias('ruby', 'rb');
alias('c', 'h');
alias('cpp', 'c++', 'cc', 'cxx', 'hpp', 'hh', 'hxx');
alias('objective-c', 'objc', 'objectivec');
alias('java');
alias('php');
alias('html', 'htm', 'xhtml');
alias('xml', 'svg', 'xsl', 'xslt', 'plist', 'rss', 'atom');
alias('css');
alias('scss');
alias('less');
alias('json');
// JSON5 allows comments and trailing commas, which jsonc highlights without errors.
alias('jsonc', 'json5');
alias('markdown', 'md');
alias('sql', 'postgres', 'postgresql', 'psql', 'pgsql', 'mysql', 'sqlite', 'plsql', 'tsql', 'mssql');
alias('powershell', 'ps', 'ps1', 'pwsh', 'psm1');
alias('bat', 'cmd', 'batch');
alias('makefile', 'make', 'mk');
alias('toml');
alias('ini', 'cfg');
alias('properties');
alias('diff', 'patch');
alias('graphql', 'gql');
alias('swift');
alias('dart');
alias('lua');
alias('r');
alias('scala');
alias('perl', 'pl', 'pm');
alias('vue');
alias('svelte');
alias('groovy', 'gradle');
alias('terraform', 'hcl', 'tf');
alias('nginx');
alias('proto3', 'proto', 'protobuf');
alias('dotenv', 'env');
alias('clojure', 'clj');
alias('elixir', 'ex', 'exs');
alias('erlang', 'erl');
alias('haskell', 'hs');
alias('julia', 'jl');
alias('latex', 'tex');
alias('coffeescript', 'coffee');
alias('handlebars', 'hbs');
alias('pug', 'jade');
alias('razor', 'cshtml');
alias('restructuredtext', 'rst');
alias('plaintext', 'text', 'txt', 'plain', 'none', 'nohighlight', 'output', '');

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
