// `npm run test:integration`: runs out/test/integration/**/*.test.js inside a real VS Code extension host.
// It goes through @vscode/test-electron; offline, "VS Code" is test/runner/codeServerCli.sh (code-server + Chromium).
// TUTORIAL_READER_DESKTOP=1 lets test-electron download and use desktop VS Code instead (needs internet).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { startFeedServer } from '../support/feedServer';
import { feedServerUrlVariable } from '../support/feedServerControl';
import { seedsDir } from '../support/seeds';
import { exitAfterShutdown, stopOnExit } from '../runner/shutdown';
import { assertExtensionBuilt, ensureVscode, repoRoot } from '../runner/vscodePaths';

interface Results {
  passed: number;
  failed: number;
}

function readResults(file: string): Results | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Results;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const desktop = process.env.TUTORIAL_READER_DESKTOP === '1';
  if (!desktop) ensureVscode();
  assertExtensionBuilt();

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tutorial-reader-integration-'));
  stopOnExit({ name: 'scratch folder', stop: async () => fs.rmSync(scratch, { recursive: true, force: true }) });
  const workspace = path.join(scratch, 'workspace');
  fs.mkdirSync(workspace);
  const resultsFile = path.join(scratch, 'results.json');
  // Runs here, in plain Node; tests in the extension host reach it (and program it) over HTTP.
  const feeds = await startFeedServer();
  stopOnExit({ name: 'feed server', stop: () => feeds.close() });

  let code = 0;
  try {
    await runTests({
      vscodeExecutablePath: desktop ? undefined : path.join(repoRoot, 'test', 'runner', 'codeServerCli.sh'),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace],
      extensionTestsEnv: {
        [feedServerUrlVariable]: feeds.url,
        TUTORIAL_READER_SEEDS: seedsDir,
        TUTORIAL_READER_RESULTS_FILE: resultsFile,
        TUTORIAL_READER_RUNNER_NODE: process.execPath,
      },
    });
  } catch (error) {
    const failure = error as { code?: number; message?: string };
    code = typeof failure.code === 'number' && failure.code !== 0 ? failure.code : 1;
    if (typeof failure.code !== 'number') console.error(`integration: ${failure.message ?? String(error)}`);
  }
  const results = readResults(resultsFile);
  console.log(`integration: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!results) {
    console.log('integration: the tests did not report results (see above)');
    console.log('0 passed, 1 failed');
    return code || 1;
  }
  console.log(`${results.passed} passed, ${results.failed} failed`);
  return code;
}

main().then(
  (code) => exitAfterShutdown(code),
  (error: unknown) => {
    console.error('integration:', error instanceof Error ? error.message : error);
    console.log('0 passed, 1 failed');
    return exitAfterShutdown(1);
  },
);
