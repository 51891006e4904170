import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { stopOnExit } from './shutdown';
import { vscodePaths } from './vscodePaths';

export interface CodeServerOptions {
  /** User settings merged over the quiet defaults (e.g. `tutorialReader.sources`). */
  settings?: Record<string, unknown>;
  /** Folder name in the extensions dir → folder to link there (`publisher.name-version` → the repo). */
  extensionLinks?: Record<string, string>;
  /** Lets the workbench run extension tests from a `payload` (integration tests only: it also hides toasts). */
  smokeTestDriver?: boolean;
  /** Port to try first; a free one is used when it is taken. Default: any free port. */
  port?: number;
  /** Keep user data, extensions and logs here across runs; default: a temp folder removed on stop. */
  dataDir?: string;
  /** Extra environment for the server and so for the extension host (and the tests running in it). */
  env?: Record<string, string>;
  /** Echo the server's output (default: only into `logFile`; TUTORIAL_READER_VSCODE_LOG=1 also echoes). */
  echoLog?: boolean;
}

export interface CodeServer {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  dataDir: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  /** URL opening `folder` in the workbench, with an optional smoke-test payload. */
  workbenchUrl(folder: string, payload?: [string, string][]): string;
  /** `vscode-remote://` URI of a server-side path, as the payload wants it. */
  remoteUri(absolutePath: string): string;
  /** Settles when the server process ends (by stop() or on its own). */
  exited: Promise<void>;
  stop(): Promise<void>;
}

const quietSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
};

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** `preferred` when free, else a port the OS just handed out. */
export async function pickPort(preferred?: number): Promise<number> {
  if (preferred !== undefined && await portIsFree(preferred)) return preferred;
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(`${url}/healthz`, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.setTimeout(1000, () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function prepareDirs(options: CodeServerOptions) {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tutorial-reader-vscode-'));
  const dirs = {
    dataDir,
    userDataDir: path.join(dataDir, 'user-data'),
    extensionsDir: path.join(dataDir, 'extensions'),
    // code-server and its children put sockets and caches here instead of /tmp and ~/.cache.
    scratchDir: path.join(dataDir, 'scratch'),
    logFile: path.join(dataDir, 'code-server.log'),
  };
  for (const dir of [dirs.userDataDir, dirs.extensionsDir, dirs.scratchDir]) fs.mkdirSync(dir, { recursive: true });
  const settingsFile = path.join(dirs.userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(settingsFile, `${JSON.stringify({ ...quietSettings, ...options.settings }, null, 2)}\n`);
  for (const [folderName, target] of Object.entries(options.extensionLinks ?? {})) {
    const link = path.join(dirs.extensionsDir, folderName);
    fs.rmSync(link, { recursive: true, force: true });
    fs.symlinkSync(target, link, 'dir');
  }
  return dirs;
}

/** Starts code-server (a real VS Code server + web workbench) on 127.0.0.1 and waits until it answers /healthz. */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  for (const file of [vscodePaths.node, vscodePaths.codeServerEntry]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run setup:vscode\` first.`);
  }
  const dirs = prepareDirs(options);
  const port = await pickPort(options.port);
  const url = `http://127.0.0.1:${port}`;
  const args = [
    vscodePaths.codeServerEntry,
    '--config', '/dev/null', '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const scratch = dirs.scratchDir;
  const log = fs.openSync(dirs.logFile, 'a');
  const child = spawn(vscodePaths.node, args, {
    detached: true, // own process group: stop() ends the server, extension host and pty host together
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...options.env,
      TMPDIR: scratch,
      XDG_RUNTIME_DIR: scratch,
      XDG_CACHE_HOME: path.join(scratch, 'cache'),
      XDG_DATA_HOME: path.join(scratch, 'data'),
      XDG_CONFIG_HOME: path.join(scratch, 'config'),
    },
  });
  const pid = child.pid as number;
  // If this process is SIGKILLed no handler runs: a detached watchdog ends the server's group when we are gone.
  const removeTemp = options.dataDir ? '' : `; sleep 1; rm -rf '${dirs.dataDir}'`;
  const watchdog = spawn('sh', ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -KILL -${pid} 2>/dev/null${removeTemp}`], {
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
  const echo = options.echoLog ?? process.env.TUTORIAL_READER_VSCODE_LOG === '1';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      fs.writeSync(log, chunk);
      if (echo) process.stderr.write(chunk);
    });
  }
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));

  async function stop(): Promise<void> {
    killGroup(pid, 'SIGTERM');
    await Promise.race([exitedPromise, sleep(5000)]);
    // The leader may be gone while its children linger: sweep the whole group.
    for (let waited = 0; groupAlive(pid) && waited < 3000; waited += 100) {
      killGroup(pid, waited === 0 ? 'SIGTERM' : 'SIGKILL');
      await sleep(100);
    }
    killGroup(pid, 'SIGKILL');
    watchdog.kill('SIGKILL');
    unregister();
    fs.closeSync(log);
    if (!options.dataDir) fs.rmSync(dirs.dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
  const unregister = stopOnExit({ name: 'code-server', stop, kill: () => { killGroup(pid, 'SIGKILL'); watchdog.kill('SIGKILL'); } });

  const started = Date.now();
  while (!(await healthy(url))) {
    if (exited || Date.now() - started > 60_000) {
      const tail = fs.readFileSync(dirs.logFile, 'utf8').split('\n').slice(-30).join('\n');
      await stop();
      throw new Error(`code-server did not come up on ${url} (${exited ? 'it exited' : 'timed out'}):\n${tail}`);
    }
    await sleep(100);
  }

  const host = `127.0.0.1:${port}`;
  const remoteUri = (absolutePath: string) => `vscode-remote://${host}${absolutePath}`;
  return {
    url,
    port,
    dataDir: dirs.dataDir,
    userDataDir: dirs.userDataDir,
    extensionsDir: dirs.extensionsDir,
    logFile: dirs.logFile,
    remoteUri,
    workbenchUrl: (folder, payload) => {
      const query = new URLSearchParams({ folder });
      if (payload) query.set('payload', JSON.stringify(payload));
      return `${url}/?${query.toString()}`;
    },
    exited: exitedPromise,
    stop,
  };
}
