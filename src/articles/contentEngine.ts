import type * as Engine from './contentEngineModules';

let engine: typeof Engine | undefined;

/**
 * The heavy half of the core (turndown and domino, markdown-it and highlight.js, the language rules, feed
 * discovery), loaded on first use: activation and the tree's first paint need none of it. The bundler keeps a
 * require()d module unevaluated until the call.
 */
export function contentEngine(): typeof Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= require('./contentEngineModules') as typeof Engine;
  return engine;
}

/** Whether anything has asked for the content engine yet (activation must not). */
export function isContentEngineLoaded(): boolean {
  return engine !== undefined;
}
