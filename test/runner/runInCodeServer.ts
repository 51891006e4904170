// What test/runner/codeServerCli.sh runs when @vscode/test-electron launches "VS Code" with
// --extensionDevelopmentPath=… --extensionTestsPath=… [folder]: the same extension tests, in code-server,
// through the workbench's smoke-test driver in headless Chromium. Exits with the tests' exit code.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchChromium } from './chromium';
import { startCodeServer } from './codeServer';
import { relayExtensionHostConsole } from './extensionHostConsole';
import { exitAfterShutdown, stopOnExit, withTimeout } from './shutdown';

interface CodeArgs {
  developmentPaths: string[];
  testsPath?: string;
  folder?: string;
}

/** The subset of VS Code's command line that test-electron passes; profile flags are ignored (each run is fresh). */
export function parseCodeArgs(argv: string[]): CodeArgs {
  const parsed: CodeArgs = { developmentPaths: [] };
  for (const arg of argv) {
    const [, name, value] = /^--([^=]+)=(.*)$/.exec(arg) ?? [];
    if (name === 'extensionDevelopmentPath') parsed.developmentPaths.push(path.resolve(value));
    else if (name === 'extensionTestsPath') parsed.testsPath = path.resolve(value);
    else if (!arg.startsWith('-') && parsed.folder === undefined) parsed.folder = path.resolve(arg);
  }
  return parsed;
}

function temporaryWorkspace(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tutorial-reader-workspace-'));
  stopOnExit({ name: 'workspace folder', stop: async () => fs.rmSync(folder, { recursive: true, force: true }) });
  return folder;
}

/** Ends the run when whoever started it (test-electron) has died, so nothing outlives a killed `npm test`. */
function exitWithParent(): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) {
      console.error('runner: parent process is gone, stopping');
      void exitAfterShutdown(1);
    }
  }, 1000).unref();
}

async function main(): Promise<number> {
  const args = parseCodeArgs(process.argv.slice(2));
  if (!args.testsPath || args.developmentPaths.length === 0) {
    console.error('usage: codeServerCli.sh --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [folder]');
    return 2;
  }
  exitWithParent();
  const timeoutMs = Number(process.env.TUTORIAL_READER_RUN_TIMEOUT_MS ?? 10 * 60_000);
  const folder = args.folder ?? temporaryWorkspace();

  const server = await startCodeServer({ smokeTestDriver: true });
  const browser = await launchChromium(path.join(server.dataDir, 'chromium'));
  const page = await browser.newPage();
  let reportExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => { reportExit = resolve; });
  // The workbench calls this with the tests' exit code once extensionTestsPath's run() settles.
  await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
  const printed = relayExtensionHostConsole(page);

  const payload: [string, string][] = [
    ...args.developmentPaths.map((dir): [string, string] => ['extensionDevelopmentPath', server.remoteUri(dir)]),
    ['extensionTestsPath', server.remoteUri(args.testsPath)],
    ['debugId', 'tutorial-reader-integration'],
  ];
  await page.goto(server.workbenchUrl(folder, payload));
  try {
    return await withTimeout(exited, timeoutMs, 'the integration test run');
  } catch (error) {
    console.error(`runner: ${error instanceof Error ? error.message : String(error)} (TUTORIAL_READER_RUN_TIMEOUT_MS raises it)`);
    return 1;
  } finally {
    await printed();
  }
}

if (require.main === module) {
  main().then(
    (code) => exitAfterShutdown(code),
    (error: unknown) => {
      console.error('runner:', error);
      return exitAfterShutdown(1);
    },
  );
}
