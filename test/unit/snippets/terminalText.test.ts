import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isShellSnippet, needsTerminalPaste, terminalTextFor } from '../../../src/snippets/terminalText';

test('shell scripts, console sessions and PowerShell blocks can be sent to a terminal', () => {
  const langs = ['bash', 'sh', 'zsh', 'shell', 'shellscript', 'console', 'shell-session', 'tutorial-console', 'powershell', 'ps1', 'Bash'];
  for (const lang of langs) assert.equal(isShellSnippet({ lang }), true, lang);
  for (const lang of ['', 'python', 'javascript', 'json', 'dockerfile', 'text']) assert.equal(isShellSnippet({ lang }), false, lang);
});

test('a script is sent as written, without a final newline', () => {
  assert.equal(terminalTextFor('npm install\nnpm run build\n'), 'npm install\nnpm run build');
  assert.equal(terminalTextFor('# install deps\nnpm ci\r\n'), '# install deps\nnpm ci');
});

test('a console session sends only its commands, without prompts or output', () => {
  const session = [
    '$ docker run hello-world',
    'Hello from Docker!',
    'This message shows that your installation appears to be working correctly.',
    '',
    'user@host:~/app$ npm test',
    '> app@1.0.0 test',
    '(venv) $ pip install flask',
    'Successfully installed flask-3.0.0',
  ].join('\n');
  assert.equal(terminalTextFor(session), 'docker run hello-world\nnpm test\npip install flask');
});

test('continuation lines of a command in a session are kept', () => {
  assert.equal(terminalTextFor('$ docker run \\\n  -p 8080:80 \\\n  nginx\nStatus: Downloaded'), 'docker run \\\n  -p 8080:80 \\\n  nginx');
});

test('PowerShell and cmd prompts are stripped too', () => {
  assert.equal(terminalTextFor('PS C:\\Users\\me> dir\n    Directory: C:\\Users\\me\nC:\\app>npm start'), 'dir\nnpm start');
});

test('an unmarked block is sent when its detected language is a shell or a console session', () => {
  assert.equal(isShellSnippet({ lang: '' }, 'tutorial-console'), true);
  assert.equal(isShellSnippet({ lang: '' }, 'shellscript'), true);
  assert.equal(isShellSnippet({ lang: '' }, 'python'), false);
  assert.equal(isShellSnippet({ lang: 'python' }, 'shellscript'), false, 'a fence that says otherwise wins');
});

test('one line is typed as is; several go through the terminal\'s own paste', () => {
  assert.equal(needsTerminalPaste('npm ci'), false);
  assert.equal(needsTerminalPaste('npm ci\nnpm test'), true);
});

test('hidden control characters in an article never reach the terminal: no early end of paste, no Ctrl-O', () => {
  const hostile = 'echo one\n\x1b[201~\nrm -rf ~/important\x0f';
  assert.equal(terminalTextFor(hostile), 'echo one\n[201~\nrm -rf ~/important');
  assert.equal(terminalTextFor('ls\tsrc\x07'), 'ls\tsrc');
});
