import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TutorialReaderApi } from '../../../src/extension';
import { realQuestions, type ExistingFilesAnswer, type SaveSnippetsQuestions } from '../../../src/project/saveSnippetsToWorkspaceCommand';
import type { SnippetFileChoice } from '../../../src/project/snippetFilesPick';
import { activateExtension, rowLabelled, setSources, shownChildren, waitFor, type ShownItem } from '../support/extensionApi';

const TUTORIAL = 'Build a tutorial\'s project in one step';
/** In article order: app.py is saved from block 4, its last version. */
const FILES = ['requirements.txt', 'templates/index.html', 'app.py', 'Dockerfile', 'docker-compose.yml'];

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration run opens a workspace folder');
  return folder.uri.fsPath;
}

/** A fresh, empty folder inside the workspace for one test. */
function freshFolder(name: string): vscode.Uri {
  const dir = path.join(workspaceRoot(), name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return vscode.Uri.file(dir);
}

/** Answers the command's questions as a user would, and remembers what it was shown. */
class Answers implements SaveSnippetsQuestions {
  shown: readonly SnippetFileChoice[] = [];
  existingAsked: readonly string[] = [];
  constructor(private readonly _folder: vscode.Uri, private readonly _tick: (choices: readonly SnippetFileChoice[]) => SnippetFileChoice[] = (c) => c.filter((x) => x.picked), private readonly _existing: ExistingFilesAnswer = 'skip') {}
  async folder() { return this._folder; }
  async files(choices: readonly SnippetFileChoice[]) { this.shown = choices; return this._tick(choices); }
  async existing(paths: readonly string[]) { this.existingAsked = paths; return this._existing; }
}

suite('Save Snippets to Workspace', () => {
  let api: TutorialReaderApi;
  let article: ShownItem;

  let realAsk: TutorialReaderApi['trust']['ask'];

  suiteSetup(async () => {
    api = await activateExtension();
    realAsk = api.trust.ask;
    await setSources(api, [{ url: 'builtin:getting-started' }]);
    article = await rowLabelled(api, TUTORIAL, (await rowLabelled(api, 'Getting Started with Tutorial Reader')).node);
  });

  teardown(async () => {
    api.project.saveSnippets.questions = realQuestions;
    api.trust.isTrusted = () => vscode.workspace.isTrusted;
    api.trust.ask = realAsk;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const save = () => vscode.commands.executeCommand<{ created: { path: string; uri: vscode.Uri }[] } | undefined>('tutorialReader.saveSnippetsToWorkspace', article.node);

  test('the pick lists every block with the tutorial\'s names; the session is unticked and app.py, shown twice, keeps its last version', async () => {
    const answers = new Answers(freshFolder('pick-only'), () => []);
    api.project.saveSnippets.questions = answers;
    assert.equal(await save(), undefined, 'nothing ticked, nothing saved');
    assert.deepEqual(answers.shown.map((c) => [c.path, c.picked]), [
      ['requirements.txt', true], ['app.py', false], ['templates/index.html', true], ['app.py', true],
      ['Dockerfile', true], ['docker-compose.yml', true], ['snippet-7.console', false],
    ]);
    assert.match(answers.shown[1].note ?? '', /earlier version of app\.py: block 4 is saved instead/);
    assert.match(answers.shown[6].note ?? '', /terminal session/);
    assert.deepEqual(fs.readdirSync(path.join(workspaceRoot(), 'pick-only')), []);
  });

  test('five named files (and their folder) are created with the code as written, the first opened and focused, and the tree marks each as saved', async () => {
    const folder = freshFolder('flask-app');
    api.project.saveSnippets.questions = new Answers(folder);
    const result = await save();
    assert.deepEqual(result?.created.map((c) => c.path), FILES.map((f) => `flask-app/${f}`));
    const read = (name: string) => fs.readFileSync(path.join(folder.fsPath, name), 'utf8');
    assert.equal(read('requirements.txt'), 'flask==3.0.3\n');
    assert.match(read('app.py'), /render_template\("index\.html"/, 'the last version of app.py');
    assert.match(read('templates/index.html'), /^<!DOCTYPE html>\n/);
    assert.match(read('Dockerfile'), /^FROM python:3\.12-slim\n/);
    assert.equal(read('docker-compose.yml'), 'services:\n  web:\n    build: .\n    ports:\n      - "5000:5000"\n');
    assert.equal(fs.existsSync(path.join(folder.fsPath, 'snippet-7.console')), false, 'the unticked session is not saved');
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, path.join(folder.fsPath, 'requirements.txt'));
    const openTabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => (t.input as { uri?: vscode.Uri }).uri?.fsPath).filter(Boolean);
    for (const name of FILES) assert.ok(openTabs.includes(path.join(folder.fsPath, name)), `${name} is open`);

    await waitFor(async () => (await rowLabelled(api, TUTORIAL, (await rowLabelled(api, 'Getting Started with Tutorial Reader')).node)).description.includes('5/7 snippets used'), 'the article row counts the saved snippets');
    const row = await rowLabelled(api, TUTORIAL, (await rowLabelled(api, 'Getting Started with Tutorial Reader')).node);
    const snippets = await shownChildren(api, row.node);
    assert.match(snippets[3].tooltip, /Saved as flask-app\/app\.py/);
    assert.equal((snippets[3].item.iconPath as vscode.ThemeIcon).id, 'pass');
    assert.equal((snippets[1].item.iconPath as vscode.ThemeIcon).id, 'code', 'the earlier app.py block was not saved');
  });

  test('in an untrusted workspace it asks before writing: declined, nothing is written; agreed, the files are created', async () => {
    const folder = freshFolder('untrusted');
    const asked: string[] = [];
    api.trust.isTrusted = () => false;
    api.project.saveSnippets.questions = new Answers(folder);
    api.trust.ask = async (what) => { asked.push(what); return false; };
    assert.equal(await save(), undefined);
    assert.deepEqual(asked, ['save code to files in this workspace']);
    assert.deepEqual(fs.readdirSync(folder.fsPath), [], 'declined: nothing written');
    api.trust.ask = async (what) => { asked.push(what); return true; };
    const result = await save();
    assert.equal(asked.length, 2, 'asked again, not remembered');
    assert.equal(result?.created.length, 5);
    assert.ok(fs.existsSync(path.join(folder.fsPath, 'Dockerfile')), 'agreed: the files are created');
  });

  test('one Undo removes every file the command created, and the folders it created for them', async () => {
    const folder = freshFolder('undo-me');
    api.project.saveSnippets.questions = new Answers(folder);
    await save();
    assert.ok(fs.existsSync(path.join(folder.fsPath, 'templates/index.html')));
    await vscode.commands.executeCommand('undo');
    await waitFor(() => FILES.every((f) => !fs.existsSync(path.join(folder.fsPath, f))), 'all five files gone after one Undo');
    await waitFor(() => !fs.existsSync(path.join(folder.fsPath, 'templates')), 'and the templates/ folder the command created');
    assert.ok(fs.existsSync(folder.fsPath), 'the folder that was there before stays');
  });

  test('an existing file is never overwritten silently: skip leaves it, beside numbers the new one, overwrite replaces it', async () => {
    const folder = freshFolder('existing');
    const mine = path.join(folder.fsPath, 'app.py');
    fs.writeFileSync(mine, 'my own app\n');
    const ask = async (answer: ExistingFilesAnswer) => {
      const answers = new Answers(folder, (c) => c.filter((x) => x.path === 'app.py' && x.picked), answer);
      api.project.saveSnippets.questions = answers;
      const result = await save();
      assert.equal(answers.shown.find((c) => c.picked && c.path === 'app.py')?.exists, true, 'the pick marks it');
      assert.deepEqual(answers.existingAsked, ['app.py']);
      return result;
    };
    assert.equal(await ask('skip'), undefined);
    assert.equal(fs.readFileSync(mine, 'utf8'), 'my own app\n');
    assert.deepEqual((await ask('beside'))?.created.map((c) => c.path), ['existing/app-2.py']);
    assert.equal(fs.readFileSync(mine, 'utf8'), 'my own app\n');
    assert.match(fs.readFileSync(path.join(folder.fsPath, 'app-2.py'), 'utf8'), /render_template/);
    await ask('overwrite');
    assert.match(fs.readFileSync(mine, 'utf8'), /render_template/);
  });

  test('a path answered with "..", an absolute path or a reserved name is cleaned and never written outside the folder', async () => {
    const folder = freshFolder('inside');
    const outside = path.join(workspaceRoot(), 'escaped.py');
    fs.rmSync(outside, { force: true });
    const renamed = ['../escaped.py', '/etc/passwd.py', 'aux.js'];
    api.project.saveSnippets.questions = new Answers(folder, (c) => c.filter((x) => x.picked).slice(0, 3).map((x, i) => ({ ...x, path: renamed[i] })));
    const result = await save();
    assert.deepEqual(result?.created.map((c) => c.path), ['inside/escaped.py', 'inside/passwd.py', 'inside/_aux.js']);
    assert.equal(fs.existsSync(outside), false);
  });
});
