import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isAtomicTempFile, writeFileAtomic } from '../../../../src/core/storage/atomicFile';

const compiledModule = path.resolve(__dirname, '../../../../src/core/storage/atomicFile.js');

describe('writeFileAtomic', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atomic-file-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const freshDir = () => fs.mkdtempSync(path.join(root, `case${n++}-`));

  test('replaces the file and leaves no temp file behind', async () => {
    const dir = freshDir();
    const file = path.join(dir, 'a.json');
    fs.writeFileSync(file, 'old');
    await writeFileAtomic(file, '{"new":true}');
    assert.equal(fs.readFileSync(file, 'utf8'), '{"new":true}');
    assert.deepEqual(fs.readdirSync(dir), ['a.json']);
  });

  test('when the final rename fails, the temp file is removed and the error comes through', async () => {
    const dir = freshDir();
    const target = path.join(dir, 'taken');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'x');
    await assert.rejects(writeFileAtomic(target, 'data'), { code: /EISDIR|ENOTEMPTY|EEXIST|EPERM/ });
    assert.deepEqual(fs.readdirSync(dir), ['taken']);
  });

  test('a missing folder is an error, not a crash', async () => {
    await assert.rejects(writeFileAtomic(path.join(root, 'no-such-dir', 'a.json'), 'x'), { code: 'ENOENT' });
  });

  test('a process killed mid-write leaves the old file or the whole new one, never a mix', async () => {
    const dir = freshDir();
    const file = path.join(dir, 'feed.json');
    const size = 8 * 1024 * 1024;
    fs.writeFileSync(file, 'a'.repeat(size));
    // The child rewrites the file with alternating 8 MB contents until it is killed.
    const child = spawn(process.execPath, ['-e', `
      const { writeFileAtomic } = require(${JSON.stringify(compiledModule)});
      (async () => {
        for (let i = 0; ; i++) {
          await writeFileAtomic(${JSON.stringify(file)}, (i % 2 ? 'a' : 'b').repeat(${size}));
          if (i === 0) process.stdout.write('wrote\\n');
        }
      })();`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 40));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const content = fs.readFileSync(file, 'latin1');
    assert.equal(content.length, size);
    assert.ok(/^(a+|b+)$/.test(content), 'the file holds one complete version');
    // Temp files of the interrupted write may remain; they are recognisable for cleanup.
    for (const name of fs.readdirSync(dir).filter((name) => name !== 'feed.json')) assert.ok(isAtomicTempFile(name), name);
  });

  test('many concurrent writers to one file end with one complete version', async () => {
    const dir = freshDir();
    const file = path.join(dir, 'shared.json');
    const versions = Array.from({ length: 20 }, (_, i) => JSON.stringify({ writer: i, body: String(i).repeat(50_000) }));
    await Promise.all(versions.map((text) => writeFileAtomic(file, text)));
    assert.ok(versions.includes(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(fs.readdirSync(dir), ['shared.json']);
  });
});
