import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extractSnippets } from '../../../../src/core/snippets/extractSnippets';

describe('extractSnippets', () => {
  test('backtick and tilde fences come out in order with language, code and 0-based fence line', () => {
    const markdown = '# Setup\n\n```Bash\nnpm install\nnpm test\n```\n\nThen:\n\n~~~python extra words\nprint("hi")\n~~~\n';
    assert.deepEqual(extractSnippets(markdown), [
      { index: 0, lang: 'bash', code: 'npm install\nnpm test', line: 2 },
      { index: 1, lang: 'python', code: 'print("hi")', line: 9 },
    ]);
  });

  test('a fence without a language has lang ""', () => {
    assert.deepEqual(extractSnippets('```\nplain\n```'), [{ index: 0, lang: '', code: 'plain', line: 0 }]);
  });

  test('a longer fence keeps shorter fences inside its code', () => {
    const markdown = '````md\n```js\nx()\n```\n````\n';
    assert.deepEqual(extractSnippets(markdown), [{ index: 0, lang: 'md', code: '```js\nx()\n```', line: 0 }]);
  });

  test('a fence indented up to 3 spaces is a snippet and loses that indentation', () => {
    assert.deepEqual(extractSnippets('   ```go\n   fmt.Println()\n     x\n   ```\n'), [
      { index: 0, lang: 'go', code: 'fmt.Println()\n  x', line: 0 },
    ]);
  });

  test('indented code blocks are not snippets', () => {
    assert.deepEqual(extractSnippets('Text\n\n    ```js\n    not a fence\n    ```\n'), []);
  });

  test('an unclosed fence runs to the end of the document', () => {
    assert.deepEqual(extractSnippets('Intro\n\n```sh\necho one\n\necho two\n'), [
      { index: 0, lang: 'sh', code: 'echo one\n\necho two', line: 2 },
    ]);
  });

  test('only the final newline is dropped; blank lines the author left stay', () => {
    assert.deepEqual(extractSnippets('```\na\n\n```\n'), [{ index: 0, lang: '', code: 'a\n', line: 0 }]);
  });

  test('an empty fence is a snippet with empty code', () => {
    assert.deepEqual(extractSnippets('```js\n```\n'), [{ index: 0, lang: 'js', code: '', line: 0 }]);
  });

  test('fences inside lists and quotes count, with their container markers removed', () => {
    const markdown = '1. Run:\n\n   ```sh\n   make\n   ```\n\n> ```yaml\n> a: 1\n> ```\n';
    assert.deepEqual(extractSnippets(markdown), [
      { index: 0, lang: 'sh', code: 'make', line: 2 },
      { index: 1, lang: 'yaml', code: 'a: 1', line: 6 },
    ]);
  });

  test('C# written with an entity in the info string reads as c#', () => {
    assert.equal(extractSnippets('```C&#35;\nvar x = 1;\n```')[0].lang, 'c#');
  });

  test('Windows line endings do not end up in the code', () => {
    assert.deepEqual(extractSnippets('```js\r\na();\r\nb();\r\n```\r\n'), [{ index: 0, lang: 'js', code: 'a();\nb();', line: 0 }]);
  });

  test('Markdown without fences has no snippets', () => {
    assert.deepEqual(extractSnippets('Just `inline code` and text.'), []);
  });
});
