import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRepoRoot(from: string): string {
  // Walk up rather than count levels: this file runs from out/test/runner and from start.mjs's bundle.
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'scripts', 'setupVscode.mjs')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

export const repoRoot = findRepoRoot(__dirname);
const cacheDir = path.join(repoRoot, '.vscode-test');
const nodeDir = path.join(cacheDir, 'node24', 'node_modules', `node-${process.platform}-${process.arch}`);

/** Mirrors `paths` in scripts/setupVscode.mjs, which installs them. */
export const vscodePaths = {
  cacheDir,
  node: path.join(nodeDir, 'bin', 'node'),
  codeServerEntry: path.join(cacheDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  chromium: process.env.TUTORIAL_READER_CHROMIUM ?? '/usr/bin/chromium',
  screenshots: path.join(repoRoot, 'test-results', 'screenshots'),
};

/** The extension's id and the folder name VS Code expects in an extensions dir. */
export function extensionIdentity(): { id: string; folderName: string } {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  const id = `${manifest.publisher}.${manifest.name}`;
  return { id, folderName: `${id}-${manifest.version}` };
}

/** Runs the setup script (a fast no-op once installed); throws when it fails. */
export function ensureVscode(): typeof vscodePaths {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'setupVscode.mjs')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('setting up code-server failed (see above)');
  return vscodePaths;
}

/** Fails early, with the fix, when the extension bundle is missing. */
export function assertExtensionBuilt(): void {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` first.');
  }
}
