import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { besidePath, cleanRelativePath } from '../../../../src/core/snippets/safePath';
import { planSnippetFiles, type SnippetFileInput } from '../../../../src/core/snippets/snippetFilePlan';

const block = (index: number, languageId: string, fileName: string, named: boolean, code = `code ${index}`): SnippetFileInput => ({ index, code, languageId, fileName, named });

describe('planning a tutorial\'s files', () => {
  test('named files and unnamed source code are ticked; sessions, commands and output are listed unticked with the reason', () => {
    const plan = planSnippetFiles([
      block(0, 'tutorial-console', 'snippet-1.console', false),
      block(1, 'shellscript', 'snippet-2.sh', false),
      block(2, 'shellscript', 'setup.sh', true),
      block(3, 'python', 'src/app.py', true),
      block(4, 'javascript', 'snippet-5.js', false),
      block(5, 'plaintext', 'snippet-6.txt', false),
    ]);
    assert.deepEqual(plan.map((f) => [f.path, f.picked]), [
      ['snippet-1.console', false], ['snippet-2.sh', false], ['setup.sh', true], ['src/app.py', true], ['snippet-5.js', true], ['snippet-6.txt', false],
    ]);
    assert.match(plan[0].note ?? '', /terminal session/);
    assert.match(plan[1].note ?? '', /commands to run/);
    assert.match(plan[5].note ?? '', /output/);
    assert.equal(plan[3].note, undefined);
  });

  test('a file shown in two steps keeps its last version and both rows say so', () => {
    const plan = planSnippetFiles([
      block(0, 'python', 'app.py', true, 'print(1)'),
      block(1, 'yaml', 'docker-compose.yml', true),
      block(2, 'python', 'App.py', true, 'print(2)'),
    ]);
    assert.deepEqual(plan.map((f) => f.picked), [false, true, true]);
    assert.equal(plan[0].note, 'an earlier version of app.py: block 3 is saved instead');
    assert.equal(plan[2].note, 'the last version of this file: block 1 shows an earlier one');
    assert.equal(plan[2].contents, 'print(2)\n');
  });

  test('an unticked later block does not displace the ticked version', () => {
    const plan = planSnippetFiles([block(0, 'dockerfile', 'Dockerfile', false), block(1, 'plaintext', 'Dockerfile', false)]);
    assert.deepEqual(plan.map((f) => f.picked), [true, false]);
  });

  test('contents end with exactly one newline; an unsafe proposed name is made safe', () => {
    const [file] = planSnippetFiles([block(0, 'python', '../../etc/app.py', true, 'x = 1\n\n\n')]);
    assert.equal(file.contents, 'x = 1\n');
    assert.equal(file.path, 'etc/app.py');
  });
});

describe('paths a user types', () => {
  const cases: [string, string | undefined, RegExp | undefined][] = [
    ['src/app.py', 'src/app.py', undefined],
    ['./src/app.py', 'src/app.py', undefined],
    ['src\\app.py', 'src/app.py', undefined],
    ['../secret.txt', 'secret.txt', /would leave the folder/],
    ['a/../../b.txt', 'a/b.txt', /would leave the folder/],
    ['/etc/passwd', 'passwd', /absolute path/],
    ['C:\\Windows\\win.ini', 'win.ini', /absolute path/],
    ['aux.js', '_aux.js', /reserved on Windows/],
    ['lib/CON', 'lib/_CON', /reserved on Windows/],
    ['what?.md', 'what-.md', /characters/],
    ['..', undefined, /not a file name/],
    ['   ', undefined, /Enter a file name/],
  ];
  for (const [typed, path, problem] of cases) {
    test(`${JSON.stringify(typed)} is saved as ${JSON.stringify(path)}${problem ? ` (${problem.source})` : ''}`, () => {
      const cleaned = cleanRelativePath(typed);
      assert.equal(cleaned.path, path);
      if (problem) assert.match(cleaned.problem ?? '', problem);
      else assert.equal(cleaned.problem, undefined);
    });
  }

  test('a long name is cut below what file systems allow', () => {
    const cleaned = cleanRelativePath(`${'a'.repeat(300)}.py`);
    assert.ok((cleaned.path ?? '').length <= 200);
  });

  test('saving beside an existing file numbers it before the extension, skipping names already taken', () => {
    const taken = new Set(['src/app-2.py']);
    assert.equal(besidePath('src/app.py', (p) => taken.has(p)), 'src/app-3.py');
    assert.equal(besidePath('Dockerfile', () => false), 'Dockerfile-2');
    assert.equal(besidePath('.env', () => false), '.env-2');
    assert.equal(besidePath('archive.tar.gz', () => false), 'archive.tar-2.gz');
  });
});
