import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TutorialReaderApi } from '../../../src/extension';
import { SnippetCommands } from '../../../src/ids';
import { feedServerControl } from '../../support/feedServerControl';
import { activateExtension, setSources, waitFor } from '../support/extensionApi';

const server = feedServerControl();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tutorial-reader-terminal-'));
const marker = (name: string) => path.join(dir, name);

/** An article whose code blocks create marker files when they run: proof of whether anything ran. */
function feed(): string {
  const block = (lang: string, code: string) => `&lt;pre&gt;&lt;code class="language-${lang}"&gt;${code}&lt;/code&gt;&lt;/pre&gt;`;
  const blocks = [
    block('bash', `touch ${marker('multi-a')}\ntouch ${marker('multi-b')}`),
    block('bash', `touch ${marker('single')}`),
    block('console', `$ echo typed-into-cat\ntyped-into-cat`),
  ].join('');
  return `<rss version="2.0"><channel><title>Terminal Tests</title><item><title>Commands</title><guid>terminal-1</guid>`
    + `<description>${blocks}</description></item></channel></rss>`;
}

/** A real interactive bash, with its prompt up and bracketed paste on or off. */
async function bash(name: string, bracketedPaste: boolean): Promise<vscode.Terminal> {
  const rc = path.join(dir, `${name}.bashrc`);
  fs.writeFileSync(rc, `PS1='$ '\nbind 'set enable-bracketed-paste ${bracketedPaste ? 'on' : 'off'}'\n`);
  const terminal = vscode.window.createTerminal({ name, shellPath: '/bin/bash', shellArgs: ['--noprofile', '--rcfile', rc, '-i'] });
  terminal.show(false);
  const ready = marker(`${name}-ready`);
  terminal.sendText(`touch ${ready}`, true);
  await waitFor(() => fs.existsSync(ready), `${name} to start`, 20_000);
  return terminal;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

suite('Send to Terminal runs nothing before Enter, in a real bash', () => {
  let api: TutorialReaderApi;
  let articleKey: { sourceKey: string; itemId: string };

  suiteSetup(async function () {
    this.timeout(60_000);
    api = await activateExtension();
    await server.setResponse('/terminal/feed.xml', { body: feed(), headers: { 'content-type': 'application/rss+xml' } });
    await setSources(api, [{ url: server.urlOf('/terminal/feed.xml') }]);
    const [article] = api.store.articles();
    articleKey = { sourceKey: article.sourceKey, itemId: article.item.id };
  });

  teardown(() => {
    for (const terminal of vscode.window.terminals) terminal.dispose();
  });

  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('bash with bracketed paste: two lines wait at the prompt, and run only when Enter is pressed', async function () {
    this.timeout(40_000);
    const terminal = await bash('with-paste', true);
    await vscode.commands.executeCommand(SnippetCommands.sendToTerminal, { articleKey, index: 0 });
    await pause(1500);
    assert.equal(fs.existsSync(marker('multi-a')) || fs.existsSync(marker('multi-b')), false, 'nothing ran');
    terminal.sendText('', true);
    await waitFor(() => fs.existsSync(marker('multi-a')) && fs.existsSync(marker('multi-b')), 'both lines to run after Enter');
  });

  test('bash without bracketed paste: a one-line block waits for Enter', async function () {
    this.timeout(40_000);
    const terminal = await bash('without-paste', false);
    await vscode.commands.executeCommand(SnippetCommands.sendToTerminal, { articleKey, index: 1 });
    await pause(1500);
    assert.equal(fs.existsSync(marker('single')), false, 'the line did not run');
    terminal.sendText('', true);
    await waitFor(() => fs.existsSync(marker('single')), 'the line to run after Enter');
  });

  test('a program reading stdin gets nothing before Enter; a session sends its command without prompt or output', async function () {
    this.timeout(40_000);
    const terminal = await bash('stdin', false);
    const out = marker('cat-out');
    terminal.sendText(`cat > ${out}`, true);
    await waitFor(() => fs.existsSync(out), 'cat to start');
    await vscode.commands.executeCommand(SnippetCommands.sendToTerminal, { articleKey, index: 2 });
    await pause(1500);
    assert.equal(fs.readFileSync(out, 'utf8'), '', 'cat has read nothing');
    terminal.sendText('', true);
    await waitFor(() => fs.readFileSync(out, 'utf8') === 'echo typed-into-cat\n', 'the command line, without "$ " or the output line');
    terminal.sendText('\x04', false);
  });

  test('the clipboard is what it was before a multi-line send', async function () {
    this.timeout(40_000);
    await bash('clipboard', true);
    await vscode.env.clipboard.writeText('the user\'s own clipboard');
    await vscode.commands.executeCommand(SnippetCommands.sendToTerminal, { articleKey, index: 0 });
    assert.equal(await vscode.env.clipboard.readText(), 'the user\'s own clipboard');
  });
});
