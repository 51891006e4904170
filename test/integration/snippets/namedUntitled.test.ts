import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TutorialReaderApi } from '../../../src/extension';
import { activateExtension, rowLabelled, setSources, shownChildren, waitFor, type ShownItem } from '../support/extensionApi';

async function snippetRows(api: TutorialReaderApi, title: string): Promise<ShownItem[]> {
  const source = await rowLabelled(api, 'Getting Started with Tutorial Reader');
  return shownChildren(api, (await rowLabelled(api, title, source.node)).node);
}

async function open(row: ShownItem): Promise<vscode.TextEditor> {
  return vscode.commands.executeCommand<vscode.TextEditor>(row.item.command!.command, ...(row.item.command!.arguments ?? []));
}

function tabLabel(editor: vscode.TextEditor): string | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => (t.input as { uri?: vscode.Uri }).uri?.toString() === editor.document.uri.toString())?.label;
}

suite('Snippets open as named files', () => {
  let api: TutorialReaderApi;

  suiteSetup(async () => {
    api = await activateExtension();
    await setSources(api, [{ url: 'builtin:getting-started' }]);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a block the article names opens as untitled "docker-compose.yml" in YAML; the tab never shows its first line', async () => {
    const rows = await snippetRows(api, 'Run a tutorial\'s commands safely');
    const editor = await open(rows.find((r) => r.label.startsWith('docker-compose.yml'))!);
    assert.equal(editor.document.uri.scheme, 'untitled');
    assert.equal(path.posix.basename(editor.document.uri.path), 'docker-compose.yml');
    assert.equal(editor.document.languageId, 'yaml');
    assert.equal(tabLabel(editor), 'docker-compose.yml');
    assert.match(editor.document.getText(), /^services:\n {2}web:\n/);
  });

  test('two snippets with the same name do not collide: the second is docker-compose-2.yml', async () => {
    const rows = await snippetRows(api, 'Run a tutorial\'s commands safely');
    const row = rows.find((r) => r.label.startsWith('docker-compose.yml'))!;
    const first = await open(row);
    const second = await open(row);
    assert.notEqual(first.document.uri.toString(), second.document.uri.toString());
    assert.equal(path.posix.basename(second.document.uri.path), 'docker-compose-2.yml');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a block the article names nothing for opens as snippet.<ext> in its language', async () => {
    const rows = await snippetRows(api, 'Welcome: read tutorials beside your code');
    const editor = await open(rows.find((r) => r.label.startsWith('python'))!);
    assert.equal(path.posix.basename(editor.document.uri.path), 'snippet.py');
    assert.equal(editor.document.languageId, 'python');
  });

  test('Save writes the snippet under its name in the workspace folder', async () => {
    const rows = await snippetRows(api, 'Build a tutorial\'s project in one step');
    const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    const target = path.join(root, 'Dockerfile');
    fs.rmSync(target, { force: true });
    const editor = await open(rows.find((r) => r.label.startsWith('Dockerfile'))!);
    assert.equal(editor.document.languageId, 'dockerfile');
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitFor(() => fs.existsSync(target), `${target} written`);
    assert.match(fs.readFileSync(target, 'utf8'), /^FROM python:3\.12-slim\n/);
    fs.rmSync(target);
  });
});
