// `npm start`: builds the extension and serves it in a real VS Code (code-server) on 127.0.0.1 for a browser.
//   npm start -- --feeds ../shared/seeds   read the feed files in a folder instead of the default sources
//   npm start -- --port 9000               port to try first (default 8080; a free one when taken)
//   npm start -- --workspace DIR           folder to open (default .vscode-test/start/workspace)
//   npm start -- --no-build                skip `node scripts/build.mjs`
// State (read/saved articles, layout) persists in .vscode-test/start/ between runs; user settings are rewritten
// from these options each time. After `npm run build`, "Developer: Reload Window" in the browser picks up changes.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { ensureVscode } from './setupVscode.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const startDir = path.join(repoRoot, '.vscode-test', 'start');

const { values: options } = parseArgs({
  options: {
    feeds: { type: 'string' },
    port: { type: 'string', default: '8080' },
    workspace: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((line) => line.startsWith('//')).join('\n'));
  process.exit(0);
}

/** One `tutorialReader.sources` entry per feed file in `dir`; names come from the feeds' own titles. */
function feedFileSources(dir) {
  const absolute = path.resolve(dir);
  const files = fs.readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  if (files.length === 0) throw new Error(`no feed files in ${absolute}`);
  return files.map((name) => ({ url: pathToFileURL(path.join(absolute, name)).href }));
}

// The launcher is TypeScript shared with the test runners; esbuild turns it into something Node can load in ~50 ms.
async function loadLauncher() {
  const outfile = path.join(startDir, 'launcher.cjs');
  await esbuild.build({
    stdin: {
      contents: "export { startCodeServer } from './codeServer'; export { extensionIdentity } from './vscodePaths';",
      resolveDir: path.join(repoRoot, 'test', 'runner'),
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}

async function main() {
  if (!options['no-build']) {
    const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: repoRoot });
    if (build.status !== 0) throw new Error('the build failed (see above)');
  }
  ensureVscode();
  const settings = options.feeds ? { 'tutorialReader.sources': feedFileSources(options.feeds) } : {};
  const workspace = path.resolve(options.workspace ?? path.join(startDir, 'workspace'));
  fs.mkdirSync(workspace, { recursive: true });

  const { startCodeServer, extensionIdentity } = await loadLauncher();
  const server = await startCodeServer({
    port: Number(options.port),
    dataDir: startDir,
    settings,
    extensionLinks: { [extensionIdentity().folderName]: repoRoot },
  });
  // The launcher's own handlers stop the server on Ctrl-C; this only tells that apart from a crash.
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { stopping = true; });
  console.log('');
  console.log(`Tutorial Reader is running in VS Code: ${server.workbenchUrl(workspace)}`);
  if (options.feeds) console.log(`Sources: the ${settings['tutorialReader.sources'].length} feed files in ${path.resolve(options.feeds)}`);
  console.log(`Server log: ${path.relative(process.cwd(), server.logFile)}. Press Ctrl-C to stop.`);
  await server.exited;
  if (stopping) return;
  console.error('start: code-server exited on its own; see the server log.');
  process.exit(1);
}

main().catch((error) => {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
