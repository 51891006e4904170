import { format } from 'node:util';
import type { ConsoleMessage, Page } from 'playwright-core';

// With a debugId in the payload the workbench relays extension-host console calls as
// console.log('%c[Extension Host] %c<format>', css, css, ...args).
const relayPrefix = '%c[Extension Host] %c';

async function extensionHostText(message: ConsoleMessage): Promise<string | undefined> {
  const values = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => '[unserializable]')));
  const [first, , , ...args] = values;
  if (typeof first !== 'string' || !first.startsWith(relayPrefix)) return undefined;
  return format(first.slice(relayPrefix.length), ...args);
}

/**
 * Prints what the extension host logs (mocha's report) on the runner's stdout, in order.
 * Returns a function that resolves once everything received so far is printed.
 */
export function relayExtensionHostConsole(page: Page, write: (line: string) => void = console.log): () => Promise<void> {
  const everything = process.env.TUTORIAL_READER_VSCODE_LOG === '1';
  let printed = Promise.resolve();
  page.on('console', (message) => {
    printed = printed.then(async () => {
      const text = await extensionHostText(message);
      if (text !== undefined) write(text);
      else if (everything) write(`[workbench ${message.type()}] ${message.text()}`);
    });
  });
  return () => printed;
}
