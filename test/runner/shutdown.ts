/** Something the runner started and must stop: `stop` runs on a normal or signalled exit, `kill` on a hard one. */
export interface Stoppable {
  name: string;
  stop(): Promise<void>;
  /** Synchronous last resort from process 'exit' (no awaiting possible there). */
  kill?(): void;
}

const running: Stoppable[] = [];
let installed = false;
let shuttingDown: Promise<void> | undefined;

/** Registers `thing` to be stopped when the process ends; returns a function that unregisters it. */
export function stopOnExit(thing: Stoppable): () => void {
  install();
  running.push(thing);
  return () => {
    const index = running.indexOf(thing);
    if (index >= 0) running.splice(index, 1);
  };
}

/** Stops everything registered, newest first (the browser before the server it shows). Safe to call twice. */
export function shutdown(): Promise<void> {
  shuttingDown ??= (async () => {
    while (running.length > 0) {
      const thing = running.pop() as Stoppable;
      try {
        await withTimeout(thing.stop(), 15_000, `stopping ${thing.name}`);
      } catch (error) {
        console.error(`runner: ${error instanceof Error ? error.message : String(error)}`);
        thing.kill?.();
      }
    }
  })();
  return shuttingDown;
}

/** Stops everything, then exits with `code`. */
export async function exitAfterShutdown(code: number): Promise<never> {
  await shutdown();
  process.exit(code);
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function install(): void {
  if (installed) return;
  installed = true;
  const onSignal = (signal: NodeJS.Signals, code: number) => {
    // Keep listening: a second signal (Ctrl-C twice, or test-electron forwarding it) must not kill us mid-cleanup.
    if (!shuttingDown) console.error(`runner: ${signal}, stopping what was started…`);
    void exitAfterShutdown(code);
  };
  process.on('SIGINT', () => onSignal('SIGINT', 130));
  process.on('SIGTERM', () => onSignal('SIGTERM', 143));
  process.on('SIGHUP', () => onSignal('SIGHUP', 129));
  const onCrash = (error: unknown) => {
    // EPIPE: whoever read our output is gone; nothing to report, just clean up.
    if ((error as NodeJS.ErrnoException | undefined)?.code !== 'EPIPE' && !shuttingDown) console.error('runner: unexpected error:', error);
    void exitAfterShutdown(1);
  };
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  process.on('exit', () => {
    for (const thing of running) thing.kill?.();
  });
}
