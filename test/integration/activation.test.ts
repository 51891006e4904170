import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

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

  test('activation only wires features: it reports how long it took (figure for the closing note, no timing assert)', async () => {
    const api = await vscode.extensions.getExtension<{ activationMs: number }>(extensionId)?.activate();
    assert.ok(api && typeof api.activationMs === 'number' && api.activationMs > 0, 'activate() returns activationMs');
    console.log(`      activation: ${api.activationMs.toFixed(1)} ms`);
  });

  test('the runner hands the tests a live feed server serving the seed feeds', async () => {
    const feedsUrl = process.env.TUTORIAL_READER_TEST_FEEDS_URL;
    assert.ok(feedsUrl, 'TUTORIAL_READER_TEST_FEEDS_URL is not set');
    const response = await fetch(`${feedsUrl}/forem.xml`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<title>Forem: Akshat Jain<\/title>/);
  });
});
