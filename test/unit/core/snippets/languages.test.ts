import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { languageIdFor } from '../../../../src/core/snippets/languages';

const expected: [hint: string, id: string][] = [
  ['bash', 'shellscript'], ['sh', 'shellscript'], ['zsh', 'shellscript'], ['shell', 'shellscript'],
  ['console', 'tutorial-console'], ['shell-session', 'tutorial-console'], ['terminal', 'tutorial-console'],
  ['js', 'javascript'], ['javascript', 'javascript'], ['node', 'javascript'], ['mjs', 'javascript'], ['cjs', 'javascript'],
  ['jsx', 'javascriptreact'], ['ts', 'typescript'], ['typescript', 'typescript'], ['tsx', 'typescriptreact'],
  ['py', 'python'], ['python3', 'python'], ['cs', 'csharp'], ['c#', 'csharp'], ['csharp', 'csharp'],
  ['docker', 'dockerfile'], ['dockerfile', 'dockerfile'], ['yml', 'yaml'], ['golang', 'go'], ['kt', 'kotlin'],
  ['rs', 'rust'], ['rb', 'ruby'], ['c', 'c'], ['h', 'c'], ['c++', 'cpp'], ['cc', 'cpp'], ['hpp', 'cpp'],
  ['java', 'java'], ['php', 'php'], ['html', 'html'], ['xml', 'xml'], ['svg', 'xml'], ['css', 'css'], ['scss', 'scss'],
  ['less', 'less'], ['json', 'json'], ['jsonc', 'jsonc'], ['json5', 'jsonc'], ['md', 'markdown'],
  ['postgresql', 'sql'], ['mysql', 'sql'], ['ps1', 'powershell'], ['pwsh', 'powershell'], ['ps', 'powershell'],
  ['cmd', 'bat'], ['make', 'makefile'], ['toml', 'toml'], ['ini', 'ini'], ['patch', 'diff'], ['gql', 'graphql'],
  ['swift', 'swift'], ['dart', 'dart'], ['lua', 'lua'], ['r', 'r'], ['scala', 'scala'], ['pl', 'perl'], ['vue', 'vue'],
  ['svelte', 'svelte'], ['groovy', 'groovy'], ['hcl', 'terraform'], ['tf', 'terraform'], ['nginx', 'nginx'],
  ['proto', 'proto3'], ['env', 'dotenv'], ['dotenv', 'dotenv'],
  ['text', 'plaintext'], ['txt', 'plaintext'], ['plain', 'plaintext'], ['none', 'plaintext'], ['', 'plaintext'],
];

describe('languageIdFor', () => {
  for (const [hint, id] of expected) {
    test(`"${hint}" opens as ${id}`, () => assert.equal(languageIdFor(hint), id));
  }

  test('hints are matched case-insensitively and trimmed', () => {
    assert.equal(languageIdFor('  Python '), 'python');
    assert.equal(languageIdFor('TSX'), 'typescriptreact');
  });

  test('class hints keep working with their language- prefix', () => {
    assert.equal(languageIdFor('language-js'), 'javascript');
    assert.equal(languageIdFor('lang-Bash'), 'shellscript');
  });

  test('unknown hints pass through lower-cased for VS Code to resolve', () => {
    assert.equal(languageIdFor('Zig'), 'zig');
    assert.equal(languageIdFor('constructor'), 'constructor');
  });

  test('a VS Code id maps to itself', () => {
    for (const id of new Set(expected.map(([, target]) => target))) assert.equal(languageIdFor(id), id, id);
  });
});
