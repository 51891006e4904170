import * as vscode from 'vscode';

/** A command is a small class: its id, and what it does with the arguments VS Code passes (tree node, etc.). */
export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

/** Registers commands once each and disposes them together. */
export class CommandManager implements vscode.Disposable {
  private readonly _commands = new Map<string, vscode.Disposable>();

  /** Returns the command, so a feature can keep the instances its tests reach. */
  register<T extends Command>(command: T): T {
    if (!this._commands.has(command.id)) this._commands.set(command.id, vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.execute(...args)));
    return command;
  }

  dispose(): void {
    for (const registration of this._commands.values()) registration.dispose();
    this._commands.clear();
  }
}
