import * as vscode from 'vscode';
import type { PlannedSnippetFile } from '../core/snippets/snippetFilePlan';
import { cleanRelativePath } from '../core/snippets/safePath';

/** A planned file as the pick shows it: its path may have been edited, and whether it is on disk already. */
export interface SnippetFileChoice extends PlannedSnippetFile {
  readonly exists: boolean;
  /** Set when the user's edit had to be cleaned: what was typed and why it changed. */
  readonly cleaned?: string;
}

interface ChoiceItem extends vscode.QuickPickItem {
  choice: SnippetFileChoice;
}

const editButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('edit'), tooltip: 'Change Path' };

function itemFor(choice: SnippetFileChoice, code: string): ChoiceItem {
  const lines = code.replace(/\n$/, '').split('\n').length;
  const language = choice.languageId === 'plaintext' ? 'plain text' : choice.languageId;
  const notes = [choice.exists ? 'already exists' : undefined, choice.cleaned, choice.note].filter(Boolean);
  return {
    choice,
    label: `${choice.exists ? '$(warning) ' : ''}${choice.path}`,
    description: `block ${choice.index + 1} · ${language} · ${lines === 1 ? '1 line' : `${lines} lines`}`,
    detail: notes.length > 0 ? notes.join(' · ') : firstLine(code),
    picked: choice.picked,
    buttons: [editButton],
  };
}

function firstLine(code: string): string {
  return (code.split('\n').find((line) => line.trim()) ?? '').trim().slice(0, 80);
}

/**
 * The multi-select pick of Save Snippets to Workspace: every block with its path, ticked as planned; a row's
 * pencil edits its path (cleaned as it is typed: no `..`, no absolute path, no reserved name). Resolves to the
 * ticked rows, or undefined when dismissed.
 */
export function pickSnippetFiles(choices: readonly SnippetFileChoice[], folderName: string, articleTitle: string, exists: (path: string) => Promise<boolean>): Promise<SnippetFileChoice[] | undefined> {
  const pick = vscode.window.createQuickPick<ChoiceItem>();
  pick.title = `Save Snippets to ${folderName}: ${articleTitle}`;
  pick.placeholder = 'Tick the code blocks to save as files. Use the pencil to change a path. Enter saves.';
  pick.canSelectMany = true;
  pick.ignoreFocusOut = true;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = choices.map((choice) => itemFor(choice, choice.contents));
  pick.selectedItems = pick.items.filter((item) => item.picked);

  return new Promise((resolve) => {
    let editing = false;
    let done = false;
    const finish = (result: SnippetFileChoice[] | undefined): void => {
      if (done) return;
      done = true;
      resolve(result);
      pick.dispose();
    };
    pick.onDidAccept(() => finish(pick.selectedItems.map((item) => item.choice)));
    pick.onDidHide(() => {
      if (!editing) finish(undefined);
    });
    pick.onDidTriggerItemButton(async ({ item }) => {
      editing = true;
      const selected = new Set(pick.selectedItems.map((i) => i.choice.index));
      const typed = await vscode.window.showInputBox({
        title: `Path for block ${item.choice.index + 1}`,
        prompt: `Relative to ${folderName}`,
        value: item.choice.path,
        valueSelection: fileNameSelection(item.choice.path),
        ignoreFocusOut: true,
        validateInput: (value) => {
          const { path, problem } = cleanRelativePath(value);
          if (!problem) return undefined;
          return { message: problem, severity: path ? vscode.InputBoxValidationSeverity.Warning : vscode.InputBoxValidationSeverity.Error };
        },
      });
      editing = false;
      if (done) return;
      const cleaned = typed === undefined ? undefined : cleanRelativePath(typed);
      if (cleaned?.path) {
        const choice: SnippetFileChoice = { ...item.choice, path: cleaned.path, exists: await exists(cleaned.path), cleaned: cleaned.problem, note: undefined };
        selected.add(choice.index);
        pick.items = pick.items.map((i) => (i === item ? itemFor(choice, choice.contents) : i));
      }
      pick.selectedItems = pick.items.filter((i) => selected.has(i.choice.index));
      pick.show();
    });
    pick.show();
  });
}

/** Selects the file name without its extension, as VS Code's own rename does. */
function fileNameSelection(path: string): [number, number] {
  const start = path.lastIndexOf('/') + 1;
  const dot = path.lastIndexOf('.');
  return [start, dot > start ? dot : path.length];
}
