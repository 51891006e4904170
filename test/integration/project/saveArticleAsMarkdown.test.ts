import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TutorialReaderApi } from '../../../src/extension';
import type { Article } from '../../../src/articles/article';
import { feedServerControl } from '../../support/feedServerControl';
import { activateExtension, rowLabelled, setSources, shownChildren } from '../support/extensionApi';

suite('Save Article as Markdown', () => {
  let api: TutorialReaderApi;

  suiteSetup(async () => {
    api = await activateExtension();
    await setSources(api, [{ url: 'builtin:getting-started' }]);
  });

  teardown(async () => {
    api.project.saveMarkdown.saveDialog = (options) => vscode.window.showSaveDialog(options);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the dialog proposes the title\'s slug in the workspace; the file has front matter, the article and its code, and opens', async () => {
    const source = await rowLabelled(api, 'Getting Started with Tutorial Reader');
    const row = await rowLabelled(api, 'Build a tutorial\'s project in one step', source.node);
    let proposed: vscode.Uri | undefined;
    api.project.saveMarkdown.saveDialog = async (options) => {
      proposed = options.defaultUri;
      return options.defaultUri;
    };
    const uri = await vscode.commands.executeCommand<vscode.Uri>('tutorialReader.saveArticleAsMarkdown', row.node);
    const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    assert.equal(proposed?.fsPath, path.join(root, 'build-a-tutorials-project-in-one-step.md'));
    const text = fs.readFileSync(uri.fsPath, 'utf8');
    assert.equal(text.split('\n').slice(0, 7).join('\n'), [
      '---',
      'title: "Build a tutorial\'s project in one step"',
      'author: "Tutorial Reader"',
      'date: "2026-11-23T06:00:00.000Z"',
      'source: "Getting Started with Tutorial Reader"',
      '---',
      '',
    ].join('\n'));
    assert.match(text, /\n# Build a tutorial's project in one step\n\nMost tutorials build something/);
    assert.match(text, /```python\nfrom flask import Flask, render_template\n/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, uri.fsPath);
    fs.rmSync(uri.fsPath);
  });

  test('an article with a link and images keeps the link in the front matter and the images as web links', async () => {
    await setSources(api, [{ url: feedServerControl().urlOf('/forem.xml') }]);
    const [source] = await shownChildren(api);
    const [first] = await shownChildren(api, source.node);
    const { article } = first.node as unknown as { article: Article };
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'notes', 'article.md');
    api.project.saveMarkdown.saveDialog = async () => target;
    await vscode.commands.executeCommand('tutorialReader.saveArticleAsMarkdown', first.node);
    const text = fs.readFileSync(target.fsPath, 'utf8');
    assert.ok(article.item.link);
    assert.ok(text.includes(`link: ${JSON.stringify(article.item.link)}`), 'the link in the front matter');
    const images = [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]);
    assert.ok(images.length > 0, 'the article has images');
    for (const src of images) assert.match(src, /^https:\/\//, 'an image stays a web link, nothing is downloaded');
    assert.deepEqual(fs.readdirSync(path.dirname(target.fsPath)), ['article.md'], 'only the Markdown file is written');
    fs.rmSync(path.dirname(target.fsPath), { recursive: true });
  });
});
