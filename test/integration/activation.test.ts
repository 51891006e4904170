import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TutorialReaderApi } from '../../src/extension';

const extensionId = 'tutorial-reader.tutorial-reader';

suite('Activation', () => {
  test('Tutorial Reader is installed in the real VS Code under its published id', () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not among ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
    assert.equal(extension.packageJSON.displayName, 'Tutorial Reader');
  });

  test('Tutorial Reader activates without throwing', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  test('activation only wires features: the content engine (turndown, markdown-it, Readability, the language model) is not loaded', async () => {
    const api = await vscode.extensions.getExtension<TutorialReaderApi>(extensionId)?.activate();
    assert.ok(api, 'activate() returns the API');
    assert.equal(api.contentEngineLoadedByActivation, false);
    // The figure for the closing note; timing targets live in the benchmark, not here.
    console.log(`      activation: ${api.activationMs.toFixed(1)} ms`);
  });

  test('showing the Tutorials view loads the content engine in the background, before any article is opened', async () => {
    const api = await vscode.extensions.getExtension<TutorialReaderApi>(extensionId)?.activate();
    assert.ok(api);
    assert.equal(api.isContentEngineLoaded(), false, 'nothing loaded it yet: the view is not shown');
    await vscode.commands.executeCommand('workbench.view.extension.tutorialReader');
    const deadline = Date.now() + 10_000;
    while (!api.isContentEngineLoaded() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(api.isContentEngineLoaded(), true, 'loaded once the view showed');
    assert.equal(api.preview.previews.activePreview, undefined, 'no article was opened');
  });

  test('the runner hands the tests a live feed server serving the seed feeds', async () => {
    const feedsUrl = process.env.TUTORIAL_READER_TEST_FEEDS_URL;
    assert.ok(feedsUrl, 'TUTORIAL_READER_TEST_FEEDS_URL is not set');
    const response = await fetch(`${feedsUrl}/forem.xml`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<title>Forem: Akshat Jain<\/title>/);
  });
});
