import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TutorialReaderApi } from '../../../src/extension';
import { feedServerControl } from '../../support/feedServerControl';
import { activateExtension, rowLabelled, setSources, shownChildren, type ShownItem } from '../support/extensionApi';

const server = feedServerControl();

async function openFromTree(row: ShownItem): Promise<vscode.TextEditor> {
  const command = row.item.command;
  assert.ok(command, `${row.label} opens something`);
  return vscode.commands.executeCommand<vscode.TextEditor>(command.command, ...(command.arguments ?? []));
}

suite('Snippets open in the right language and name their file', () => {
  let api: TutorialReaderApi;

  suiteSetup(async () => {
    api = await activateExtension();
    await server.reset();
    await setSources(api, [{ url: 'builtin:getting-started' }, { url: server.urlOf('/medium.xml') }]);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('an unmarked terminal session is listed and opened as a Console Session', async () => {
    const source = await rowLabelled(api, 'Getting Started with Tutorial Reader');
    const article = await rowLabelled(api, 'Run a tutorial\'s commands safely', source.node);
    const snippets = await shownChildren(api, article.node);
    const session = snippets.find((s) => s.label.startsWith('tutorial-console · '));
    assert.ok(session, `a console session among ${snippets.map((s) => s.label).join(' | ')}`);
    const editor = await openFromTree(session);
    assert.equal(editor.document.languageId, 'tutorial-console');
    assert.match(editor.document.getText(), /^\$ npm test\n/);
  });

  test('a block the tutorial names ("Create `docker-compose.yml`:") shows that file name in the tree', async () => {
    const source = await rowLabelled(api, 'Getting Started with Tutorial Reader');
    const article = await rowLabelled(api, 'Run a tutorial\'s commands safely', source.node);
    const labels = (await shownChildren(api, article.node)).map((s) => s.label);
    assert.ok(labels.includes('docker-compose.yml · yaml · 5 lines'), labels.join(' | '));
  });

  test('Medium code, which carries no language at all, opens in a detected language mode', async () => {
    const source = await rowLabelled(api, 'Stories by Dr. Yaroslav Zhbankov on Medium');
    const article = await rowLabelled(api, /^Building an MCP Server in TypeScript/, source.node);
    const snippets = await shownChildren(api, article.node);
    const detected = snippets.filter((s) => !s.label.includes('plain text'));
    assert.ok(detected.length >= snippets.length / 2, `most blocks get a language: ${snippets.map((s) => s.label).join(' | ')}`);
    const editor = await openFromTree(detected[0]);
    const shownLanguage = detected[0].label.split(' · ').at(-2);
    assert.equal(editor.document.languageId, shownLanguage);
    assert.ok(['typescript', 'javascript', 'json', 'shellscript', 'tutorial-console'].includes(editor.document.languageId), editor.document.languageId);
  });
});
