import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { describeArticleSnippets } from '../../../../src/core/snippets/describeArticleSnippets';
import { extractSnippets } from '../../../../src/core/snippets/extractSnippets';

const markdown = [
  'Create `docker-compose.yml`:',
  '',
  '```yaml',
  'services:',
  '  web:',
  '    build: .',
  '```',
  '',
  'Then run:',
  '',
  '```',
  '$ docker compose up --build',
  ' ✔ Container app-web-1  Started',
  '```',
  '',
].join('\n');

describe('describing an article\'s snippets', () => {
  test('a block the article names keeps that name and is marked named; an unnamed session gets a snippet-N name in its guessed language', async () => {
    const described = await describeArticleSnippets(markdown, extractSnippets(markdown));
    assert.deepEqual(described, [
      { languageId: 'yaml', fileName: 'docker-compose.yml', named: true },
      { languageId: 'tutorial-console', fileName: 'snippet-2.console', named: false },
    ]);
  });
});
