import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// dist/core.js is what tools and the benchmark use: built by `npm run build`, which `npm test` runs first.
const bundle = path.resolve(__dirname, '..', '..', '..', '..', 'dist', 'core.js');

test('dist/core.js exposes the core API by its documented names', () => {
  assert.ok(fs.existsSync(bundle), `${bundle} is missing: run npm run build`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(bundle) as Record<string, unknown>;
  for (const name of ['parseFeed', 'htmlToMarkdown', 'extractSnippets', 'renderMarkdown', 'languageIdFor', 'detectLanguage', 'suggestFileName']) {
    assert.equal(typeof core[name], 'function', `${name} is exported`);
  }
});

test('the bundled core guesses an unmarked snippet with VS Code\'s model, loaded from beside the bundle', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(bundle) as { detectLanguage(code: string): Promise<{ languageId: string; confidence: number }> };
  const code = 'function greet(name) {\n  const message = `Hello, ${name}`;\n  console.log(message);\n  return message.length;\n}\n\nmodule.exports = { greet };\n';
  const guess = await core.detectLanguage(code);
  assert.equal(guess.languageId, 'javascript');
  assert.ok(guess.confidence > 0 && guess.confidence < 0.9, `a model's confidence, not a rule's: ${guess.confidence}`);
});
