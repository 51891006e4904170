import * as vscode from 'vscode';

/** Base for anything that listens, registers or owns a panel: `_register` ties a resource's lifetime to this object. */
export abstract class Disposable implements vscode.Disposable {
  private _isDisposed = false;
  private readonly _disposables: vscode.Disposable[] = [];

  protected get isDisposed(): boolean {
    return this._isDisposed;
  }

  protected _register<T extends vscode.Disposable>(disposable: T): T {
    if (this._isDisposed) {
      disposable.dispose();
    } else {
      this._disposables.push(disposable);
    }
    return disposable;
  }

  dispose(): void {
    if (this._isDisposed) return;
    this._isDisposed = true;
    while (this._disposables.length) {
      this._disposables.pop()?.dispose();
    }
  }
}
