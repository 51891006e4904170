import type * as vscode from 'vscode';

// Activation only wires features together; each feature registers itself and returns its disposables.
export function activate(_context: vscode.ExtensionContext): void {
  // Features are wired in as they land.
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
