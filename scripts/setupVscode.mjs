// Installs the offline "real VS Code" that integration tests, e2e tests and `npm start` run:
// Node 24 (code-server refuses Node 20) and code-server (VS Code server + web workbench) from the npm registry,
// into the git-ignored .vscode-test/ folder, plus Debian Chromium when missing (as root).
// Idempotent: a second run only checks versions and returns in milliseconds.
// See ../shared/notes/real-vscode-offline.md for why it is done this way.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM_PATH = process.env.TUTORIAL_READER_CHROMIUM ?? '/usr/bin/chromium';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(repoRoot, '.vscode-test');
const nodePackage = `node-${process.platform}-${process.arch}`;

/** Where everything lands; test/runner/vscodePaths.ts mirrors these paths. */
export const paths = {
  cacheDir,
  nodeDir: path.join(cacheDir, 'node24', 'node_modules', nodePackage),
  node: path.join(cacheDir, 'node24', 'node_modules', nodePackage, 'bin', 'node'),
  codeServerDir: path.join(cacheDir, 'code-server', 'node_modules', 'code-server'),
  codeServerEntry: path.join(cacheDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  chromium: CHROMIUM_PATH,
};

// Written only after code-server's postinstall succeeded, so a half-finished install is redone.
const codeServerMarker = path.join(cacheDir, 'code-server', `.installed-${CODE_SERVER_VERSION}`);

function log(message) {
  console.log(`setup-vscode: ${message}`);
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

function hasDebianPackage(name) {
  return spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status === 0;
}

function installedNodeVersion() {
  if (!fs.existsSync(paths.node)) return undefined;
  try {
    return execFileSync(paths.node, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

function ensureSystemPackages() {
  const missing = [];
  if (!fs.existsSync(paths.chromium)) missing.push('chromium');
  // Only code-server's native `kerberos` module needs the headers, and only while it is being built.
  if (!fs.existsSync(codeServerMarker) && !hasDebianPackage('libkrb5-dev')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing system packages: ${missing.join(' ')}. Run as root: apt-get update && apt-get install -y ${missing.join(' ')}`);
  }
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // dpkg's progress lines run to hundreds; errors still reach stderr.
  const quiet = { env, stdio: ['ignore', 'ignore', 'inherit'] };
  run('apt-get', ['update', '-qq'], quiet);
  run('apt-get', ['install', '-y', '-qq', ...missing], quiet);
  log(`installed ${missing.join(' ')} in ${seconds(started)}`);
}

function npmInstall(folder, spec, env) {
  fs.mkdirSync(folder, { recursive: true });
  const manifest = path.join(folder, 'package.json');
  if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, '{ "private": true }\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec], { cwd: folder, env });
}

function ensureNode() {
  if (installedNodeVersion() === `v${NODE_VERSION}`) return;
  const started = Date.now();
  npmInstall(path.join(cacheDir, 'node24'), `${nodePackage}@${NODE_VERSION}`, process.env);
  const version = installedNodeVersion();
  if (version !== `v${NODE_VERSION}`) throw new Error(`Node ${NODE_VERSION} did not install (found ${version ?? 'nothing'} at ${paths.node})`);
  log(`Node ${version} installed in ${seconds(started)}`);
}

function ensureCodeServer() {
  if (fs.existsSync(codeServerMarker) && fs.existsSync(paths.codeServerEntry)) return;
  const started = Date.now();
  const env = {
    // Run under `npm test`, the outer npm's settings arrive as npm_* variables, which the inner npm takes as its
    // own config: code-server's postinstall reads the Node version from npm_config_user_agent and would see Node 20.
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NODE')),
    // Its postinstall must run on Node 24, and node-gyp must build against Node 24's own headers
    // (~/.npmrc may point nodedir at another Node; with none, node-gyp would try to download headers).
    PATH: `${path.dirname(paths.node)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: paths.nodeDir,
  };
  npmInstall(path.join(cacheDir, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, env);
  fs.writeFileSync(codeServerMarker, `${new Date().toISOString()}\n`);
  log(`code-server ${CODE_SERVER_VERSION} installed in ${seconds(started)}`);
}

/** Installs what is missing and returns the paths. Fast no-op when everything is there. */
export function ensureVscode() {
  const started = Date.now();
  ensureSystemPackages();
  ensureNode();
  ensureCodeServer();
  log(`ready in ${seconds(started)}: code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION}, Chromium at ${paths.chromium}`);
  return paths;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    ensureVscode();
  } catch (error) {
    console.error(`setup-vscode: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
