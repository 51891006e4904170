// `npm run test:e2e`: drives the real VS Code workbench (code-server) in headless Chromium with the extension
// installed as a user would have it, and runs out/test/e2e/**/*.test.js with mocha (tdd) in this process.
// `node out/test/e2e/runE2e.js preview` runs only the files whose path contains "preview".
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Mocha from 'mocha';
import { launchChromium } from '../runner/chromium';
import { startCodeServer } from '../runner/codeServer';
import { exitAfterShutdown, shutdown, stopOnExit, withTimeout } from '../runner/shutdown';
import { assertExtensionBuilt, ensureVscode, extensionIdentity, repoRoot } from '../runner/vscodePaths';
import { startFeedServer } from '../support/feedServer';
import { feedServerUrlVariable } from '../support/feedServerControl';
import { setE2eSession } from './e2eSession';

function testFiles(dir: string, filter: string | undefined): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js') && (!filter || name.includes(filter)))
    .sort()
    .map((name) => path.join(dir, name));
}

function runMocha(files: string[]): Promise<{ passed: number; failed: number }> {
  const mocha = new Mocha({
    ui: 'tdd',
    timeout: Number(process.env.TUTORIAL_READER_TEST_TIMEOUT_MS ?? 60_000),
    grep: process.env.TUTORIAL_READER_TEST_GREP || undefined,
    color: process.stdout.isTTY,
  });
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve) => {
    const runner = mocha.run((failures) => resolve({ passed: runner.stats?.passes ?? 0, failed: failures }));
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  ensureVscode();
  assertExtensionBuilt();
  const files = testFiles(__dirname, process.argv[2]);
  if (files.length === 0) throw new Error(`no e2e test files in ${__dirname}${process.argv[2] ? ` matching ${process.argv[2]}` : ''}`);

  const feeds = await startFeedServer();
  stopOnExit({ name: 'feed server', stop: () => feeds.close() });
  process.env[feedServerUrlVariable] = feeds.url;

  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'tutorial-reader-e2e-workspace-'));
  stopOnExit({ name: 'workspace folder', stop: async () => fs.rmSync(workspace, { recursive: true, force: true }) });
  fs.writeFileSync(path.join(workspace, 'README.md'), '# E2E workspace\n\nSnippets pulled from tutorials land next to this file.\n');

  // Terminals start a bash that has bracketed paste off, as dash, old bash and programs reading stdin do: the case
  // where a careless paste would run every line but the last.
  const bashRc = path.join(workspace, '..', `${path.basename(workspace)}.bashrc`);
  fs.writeFileSync(bashRc, "PS1='$ '\nbind 'set enable-bracketed-paste off'\n");
  stopOnExit({ name: 'bash rc file', stop: async () => fs.rmSync(bashRc, { force: true }) });

  // Installed the way a user has it (an extension folder), not in development mode: a symlink to the repo.
  const server = await startCodeServer({
    extensionLinks: { [extensionIdentity().folderName]: repoRoot },
    settings: {
      'tutorialReader.sources': feeds.seeds.map((seed) => ({ url: seed.url })),
      'tutorialReader.refreshIntervalMinutes': 0,
      'terminal.integrated.profiles.linux': { 'bash without bracketed paste': { path: '/bin/bash', args: ['--noprofile', '--rcfile', bashRc, '-i'] } },
      'terminal.integrated.defaultProfile.linux': 'bash without bracketed paste',
    },
  });
  const browser = await launchChromium(path.join(server.dataDir, 'chromium'));
  setE2eSession({ browser, server, feeds, workspace });
  console.log(`e2e: workbench at ${server.url} ready in ${((Date.now() - started) / 1000).toFixed(1)} s; ${files.length} file(s)`);

  const timeoutMs = Number(process.env.TUTORIAL_READER_RUN_TIMEOUT_MS ?? 15 * 60_000);
  const results = await withTimeout(runMocha(files), timeoutMs, 'the e2e run');
  console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s, screenshots in ${path.relative(process.cwd(), path.join(repoRoot, 'test-results', 'screenshots')) || '.'}`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  return results.failed > 0 ? 1 : 0;
}

main().then(
  (code) => exitAfterShutdown(code),
  async (error: unknown) => {
    console.error('e2e:', error instanceof Error ? error.message : error);
    await shutdown();
    // After shutdown, so that whatever mocha still reports comes before the summary line.
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
