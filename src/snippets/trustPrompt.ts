import * as vscode from 'vscode';

/**
 * Workspace Trust for code from articles: in an untrusted workspace, writing it into files or a terminal asks
 * first. One instance is shared by every feature that writes code, so tests can answer the question in one place.
 */
export class TrustPrompt {
  /** Whether the user agrees to `what` (a modal question). Replaced in tests: a modal cannot be answered there. */
  ask: (what: string) => Promise<boolean> = async (what) => {
    const go = 'Continue';
    const answer = await vscode.window.showWarningMessage(`This workspace is not trusted. ${what[0].toUpperCase()}${what.slice(1)} from an article anyway?`, { modal: true, detail: 'The code comes from a web page. Read it before you run it.' }, go);
    return answer === go;
  };

  /** The workspace's trust state. Replaced in tests: the test host runs with trust off, so it is always trusted. */
  isTrusted: () => boolean = () => vscode.workspace.isTrusted;

  /** True in a trusted workspace; otherwise the user's answer. */
  async allows(what: string): Promise<boolean> {
    return this.isTrusted() || this.ask(what);
  }
}
