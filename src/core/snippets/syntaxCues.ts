// Unmistakable syntax that settles a block's language before the model is asked: the model (trained on whole files)
// is weakest on exactly the short config and command blocks tutorials are full of.
import { languageForFileName } from './languages';
import { fileNameFromComment } from './fileNameComment';
import { looksLikeShellCommands } from './shellCommands';

const interpreterLanguages: [RegExp, string][] = [
  [/^(?:ba|z|k|da|fi)?sh$/, 'shellscript'],
  [/^python[\d.]*$/, 'python'],
  [/^(?:node|nodejs|deno|bun)$/, 'javascript'],
  [/^(?:ts-node|tsx)$/, 'typescript'],
  [/^ruby$/, 'ruby'],
  [/^perl$/, 'perl'],
  [/^pwsh$/, 'powershell'],
  [/^php$/, 'php'],
];

/** The language a `#!` line names: `#!/bin/bash`, `#!/usr/bin/env python3`, `#!/usr/bin/env -S deno run`. */
function languageFromShebang(firstLine: string): string | undefined {
  const match = /^#!\s*(\S+)(?:\s+(?:-\S+\s+)*(\S+))?/.exec(firstLine);
  if (!match) return undefined;
  const program = match[1].endsWith('/env') ? match[2] : match[1];
  const interpreter = program?.split('/').pop() ?? '';
  return interpreterLanguages.find(([pattern]) => pattern.test(interpreter))?.[1];
}

function isJson(code: string): boolean {
  const text = code.trim();
  if (!/^[{[]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Lines that say something: blank lines and `#` comments dropped, `\`-continuations joined. */
function meaningfulLines(code: string): string[] {
  return code.replace(/\\\r?\n/g, ' ').split(/\r?\n/).filter((line) => line.trim() !== '' && !/^\s*#/.test(line));
}

const dockerInstruction = /^\s*(?:FROM|RUN|CMD|COPY|ADD|WORKDIR|ENV|EXPOSE|ENTRYPOINT|ARG|LABEL|USER|VOLUME|HEALTHCHECK|SHELL|ONBUILD|STOPSIGNAL|MAINTAINER)\s/;

function isDockerfile(code: string): boolean {
  if (/^\s*#\s*syntax\s*=\s*docker\/dockerfile/m.test(code)) return true;
  const lines = meaningfulLines(code);
  const instructions = lines.filter((line) => dockerInstruction.test(line));
  const hasFrom = instructions.some((line) => /^\s*FROM\s/.test(line));
  // Every line an instruction (even a lone `RUN npm ci`), or a FROM/several instructions among a few odd lines.
  if (instructions.length > 0 && instructions.length === lines.length) return true;
  return (hasFrom || instructions.length >= 2) && instructions.length / lines.length >= 0.8;
}

const yamlLine = /^\s*(?:-\s+)?(?:[\w.\-/$]+|"[^"]*"|'[^']*'):(?:\s|$)|^\s*-(?:\s|$)|^\s*---\s*$/;

function isYaml(code: string): boolean {
  if (/^apiVersion:\s*\S/m.test(code) && /^kind:\s*\w/m.test(code)) return true; // Kubernetes
  // YAML never indents with tabs; a Makefile's recipes always do.
  if (/^\t/m.test(code)) return false;
  const lines = meaningfulLines(code);
  if (lines.length < 2 || !lines.every((line, index) => yamlLine.test(line) || (index > 0 && /^\s+\S/.test(line) && !/[;{}]\s*$/.test(line)))) return false;
  // A mapping whose keys nest: indentation under a `key:` line, not Python's `else:`, which the model handles.
  return lines.some((line, index) => /:\s*$/.test(line) && /^\s+\S/.test(lines[index + 1] ?? '') && !/^\s*(?:else|try|finally|except)\s*:/.test(line));
}

/** `spring.datasource.url=…` lines: Java properties. */
function isProperties(lines: string[]): boolean {
  return lines.length > 0 && lines.every((line) => /^\s*[a-z][\w-]*(?:\.[\w-]+)+\s*(?:=|:\s)/.test(line));
}

/** `API_KEY=…` lines: a dotenv file, which shells source, so it reads as shell. */
function isDotenv(lines: string[]): boolean {
  return lines.length > 0 && lines.every((line) => /^\s*(?:export\s+)?[A-Z][A-Z0-9_]*=/.test(line));
}

/** HCL blocks (`resource "aws_s3_bucket" "logs" {`), which the model has never seen. */
function isTerraform(lines: string[]): boolean {
  return lines.some((line) => /^(?:resource|data)\s+"[\w-]+"\s+"[\w-]+"\s*\{|^(?:provider|variable|output|module)\s+"[\w-]+"\s*\{|^terraform\s*\{/.test(line));
}

/** `from x import y`, `def f(…):`, `class C(…):`: statements only Python writes this way. */
function isPython(lines: string[]): boolean {
  return lines.some((line) => /^\s*(?:from\s+[\w.]+\s+import\s+[\w*, ()]+|import\s+[\w.]+\s*,\s*[\w.]+.*|(?:async\s+)?def\s+\w+\s*\(.*\)\s*(?:->\s*[^:]+)?:|class\s+\w+(?:\(.*\))?:)\s*$/.test(line));
}

/** A directory tree drawn with box characters (`├── src/`): prose, not code. */
function isDirectoryTree(lines: string[]): boolean {
  return lines.filter((line) => /[├└]──/.test(line)).length >= 2;
}

/** Sentences, not code: each line mostly plain words and free of code punctuation (`Press Escape → the panel closes`). */
function isProse(lines: string[]): boolean {
  return lines.length > 0 && lines.every((line) => {
    if (/[;{}=<>$]/.test(line)) return false;
    const words = line.trim().split(/\s+/);
    const plainWords = words.filter((word) => /^[A-Za-z][a-z']*[,.:!?]?$/.test(word)).length;
    return words.length >= 4 && plainWords / words.length >= 0.6;
  });
}

/** The language that the block's syntax leaves no doubt about, or undefined when the model should decide. */
export function languageFromSyntaxCues(code: string): string | undefined {
  const firstLine = code.trimStart().split('\n', 1)[0];
  const shebang = languageFromShebang(firstLine);
  if (shebang) return shebang;
  const namedFile = fileNameFromComment(firstLine);
  const namedLanguage = namedFile === undefined ? undefined : languageForFileName(namedFile);
  if (namedLanguage) return namedLanguage;
  if (isJson(code)) return 'json';
  if (isDockerfile(code)) return 'dockerfile';
  const lines = meaningfulLines(code);
  if (isProperties(lines)) return 'properties';
  if (isDotenv(lines) || looksLikeShellCommands(code)) return 'shellscript';
  if (isYaml(code)) return 'yaml';
  if (isTerraform(lines)) return 'terraform';
  if (isPython(lines)) return 'python';
  if (isDirectoryTree(lines) || isProse(lines)) return 'plaintext';
  return undefined;
}

/** True when JavaScript or TypeScript code contains JSX elements, so it is the React flavour of the language. */
export function hasJsx(code: string): boolean {
  // An element's opening tag never follows a name character; a generic (`Promise<User>`) always does.
  return /<\/[A-Za-z][\w.]*>|(?<![\w$.])<[A-Z][\w.]*(?:\s[^<>]*)?\/?>|(?:return|=>)\s*\(?\s*<[A-Za-z]/.test(code);
}

/** True when code uses syntax TypeScript has and JavaScript lacks: annotations, interfaces, type aliases, casts. */
export function hasTypeScriptSyntax(code: string): boolean {
  return /[(,]\s*\w+\??\s*:\s*(?:string|number|boolean|any|unknown|void|[A-Z]\w*(?:<[^>]*>)?(?:\[\])?)\s*[,)=]|\)\s*:\s*(?:Promise<|void\b|string\b|number\b|boolean\b)|^\s*(?:export\s+)?(?:interface|type|enum)\s+\w+|\bas\s+(?:string|number|any|unknown|const|[A-Z]\w*)\b|^\s*import\s+type\s|\b(?:private|public|protected|readonly)\s+\w+\s*[:;=]|\w<(?:string|number|[A-Z]\w*)(?:\[\])?>\(|:\s*(?:string|number|boolean|any)(?:\[\])?\s*[;=]/m.test(code);
}
