import * as vscode from 'vscode';

/** Where the extension writes what happened (refresh results, failures): the "Tutorial Reader" output channel. */
export interface ILogger {
  info(message: string): void;
  warn(message: string): void;
}

export function createOutputLogger(): ILogger & vscode.Disposable {
  const channel = vscode.window.createOutputChannel('Tutorial Reader', { log: true });
  return {
    info: (message) => channel.info(message),
    warn: (message) => channel.warn(message),
    dispose: () => channel.dispose(),
  };
}

export const nullLogger: ILogger = { info: () => undefined, warn: () => undefined };
