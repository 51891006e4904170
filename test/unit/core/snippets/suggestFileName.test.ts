import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { detectLanguage } from '../../../../src/core/snippets/detectLanguage';
import { extensionForLanguage, languageForFileName } from '../../../../src/core/snippets/languages';
import { extractSnippets } from '../../../../src/core/snippets/extractSnippets';
import { sanitizeFileName } from '../../../../src/core/snippets/safePath';
import { suggestFileName } from '../../../../src/core/snippets/suggestFileName';
import { fixturesDir, labelKey, loadSeedArticles } from './labelledSnippets';

const fence = (lang: string, code: string): string => `\`\`\`${lang}\n${code}\n\`\`\``;

describe('suggestFileName', () => {
  describe('a file-name comment on the first line', () => {
    const cases: [string, string, string][] = [
      ['python', '# app.py\nprint("hi")', 'app.py'],
      ['ts', '// src/index.ts\nexport {};', 'src/index.ts'],
      ['html', '<!-- index.html -->\n<p>hi</p>', 'index.html'],
      ['sql', '-- schema.sql\nCREATE TABLE t (id int);', 'schema.sql'],
      ['css', '/* styles/main.css */\nbody { margin: 0; }', 'styles/main.css'],
      ['js', '// File: ./server.js\nconst http = require("http");', 'server.js'],
      ['', '# ./apps/server/.env.defaults\nPORT=3000', 'apps/server/.env.defaults'],
    ];
    for (const [lang, code, expected] of cases) {
      test(`names the block ${expected}`, () => {
        assert.equal(suggestFileName(fence(lang, code), 0), expected);
      });
    }

    test('an ordinary comment is not a file name', () => {
      assert.equal(suggestFileName(fence('python', '# Load the data\nimport csv'), 0), 'snippet-1.py');
    });
  });

  describe('the text just before the block', () => {
    test('an inline-code file name is used', () => {
      const markdown = `Create \`docker-compose.yml\` with:\n\n${fence('yaml', 'services:\n  web:\n    image: nginx')}`;
      assert.equal(suggestFileName(markdown, 0), 'docker-compose.yml');
    });

    test('a bold file name with a folder keeps the folder', () => {
      const markdown = `Now open **src/main.go**:\n\n${fence('go', 'package main')}`;
      assert.equal(suggestFileName(markdown, 0), 'src/main.go');
    });

    test('well-known names without an extension count', () => {
      assert.equal(suggestFileName(`Write a \`Makefile\`:\n\n${fence('makefile', 'all:\n\tgo build')}`, 0), 'Makefile');
      assert.equal(suggestFileName(`Add a \`.env\` file:\n\n${fence('', 'PORT=3000')}`, 0), '.env');
    });

    test('the file name closest to the block wins', () => {
      const markdown = `Unlike \`config.yaml\`, \`nginx.conf\` needs:\n\n${fence('nginx', 'server { listen 80; }')}`;
      assert.equal(suggestFileName(markdown, 0), 'nginx.conf');
    });

    test('a file name of another language is passed over', () => {
      const markdown = `After editing \`server.js\`, run:\n\n${fence('bash', 'npm start')}`;
      assert.equal(suggestFileName(markdown, 0), 'snippet-1.sh');
    });

    test('only the paragraph right above counts, not one further up', () => {
      const markdown = `See \`package.json\`.\n\nThen install:\n\n${fence('json', '{}')}`;
      assert.equal(suggestFileName(markdown, 0), 'snippet-1.json');
    });

    test('an absolute or home path keeps only its file name', () => {
      assert.equal(suggestFileName(`Save it as \`/etc/nginx/nginx.conf\`:\n\n${fence('nginx', 'events {}')}`, 0), 'nginx.conf');
      assert.equal(suggestFileName(`Save it as \`~/.config/app/config.yaml\`:\n\n${fence('yaml', 'a: 1')}`, 0), 'config.yaml');
    });

    test('domains and versions are not file names', () => {
      assert.equal(suggestFileName(`Point \`app.example.com\` at it (needs \`v1.2\`):\n\n${fence('bash', 'dig app.example.com')}`, 0), 'snippet-1.sh');
    });
  });

  describe('the fallback', () => {
    test('numbers the block from 1 and picks the extension from the fence', () => {
      const markdown = `${fence('python', 'a = 1')}\n\n${fence('typescript', 'let b = 2;')}\n\n${fence('bash', 'ls')}`;
      assert.deepEqual([0, 1, 2].map((index) => suggestFileName(markdown, index)), ['snippet-1.py', 'snippet-2.ts', 'snippet-3.sh']);
    });

    test('a Dockerfile is named Dockerfile', () => {
      assert.equal(suggestFileName(fence('dockerfile', 'FROM alpine'), 0), 'Dockerfile');
    });

    test('an unhinted block uses prompts and syntax cues, or a languageId the caller detected', () => {
      assert.equal(suggestFileName(fence('', '$ npm test'), 0), 'snippet-1.console');
      assert.equal(suggestFileName(fence('', 'apiVersion: v1\nkind: Pod'), 0), 'snippet-1.yml');
      assert.equal(suggestFileName(fence('', 'fn main() {}'), 0), 'snippet-1.txt');
      assert.equal(suggestFileName(fence('', 'fn main() {}'), 0, 'rust'), 'snippet-1.rs');
    });

    test('an index with no block still gets a name', () => {
      assert.equal(suggestFileName('no code here', 4), 'snippet-5.txt');
    });
  });

  describe('sanitizing', () => {
    const cases: [string, string | undefined][] = [
      ['src/app.py', 'src/app.py'],
      ['../../etc/passwd', 'etc/passwd'],
      ['./x/./y.js', 'x/y.js'],
      ['C:\\Users\\me\\notes.txt', 'notes.txt'],
      ['a<b>:c.js', 'a-b--c.js'],
      ['CON.txt', '_CON.txt'],
      ['..', undefined],
    ];
    for (const [name, expected] of cases) {
      test(`${JSON.stringify(name)} becomes ${JSON.stringify(expected)}`, () => {
        assert.equal(sanitizeFileName(name), expected);
      });
    }

    test('a file-name comment cannot climb out of the workspace', () => {
      assert.equal(suggestFileName(fence('python', '# ../../../home/me/.bashrc.py\nx = 1'), 0), 'home/me/.bashrc.py');
    });
  });

  test('extensions and file names map to languages both ways', () => {
    assert.deepEqual(['python', 'javascript', 'typescript', 'shellscript', 'tutorial-console', 'yaml', 'plaintext', 'unknown-lang'].map(extensionForLanguage),
      ['py', 'js', 'ts', 'sh', 'console', 'yml', 'txt', 'txt']);
    assert.deepEqual(['a.py', 'Dockerfile.dev', '.env.local', 'docker-compose.yaml', 'build.gradle', 'README'].map(languageForFileName),
      ['python', 'dockerfile', 'shellscript', 'yaml', 'groovy', undefined]);
  });

  describe('the seed articles', () => {
    const labels: { link: string; index: number; start: string; fileName: string }[] =
      JSON.parse(fs.readFileSync(path.join(fixturesDir, 'fileNameLabels.json'), 'utf8')).labels;
    const articles = loadSeedArticles();

    test('the hand-checked sample of seed blocks gets the expected names', async () => {
      const expected: Record<string, string> = {};
      const actual: Record<string, string> = {};
      for (const label of labels) {
        const key = labelKey(label.link, label.index, label.start);
        expected[key] = label.fileName;
        const article = articles.find((candidate) => candidate.link === label.link);
        const snippet = article && extractSnippets(article.markdown).find((block) => block.index === label.index);
        if (!article || !snippet || !snippet.code.startsWith(label.start)) continue;
        // As the extension does it: detect the language, then name the file.
        const { languageId } = await detectLanguage(snippet.code, { fenceLang: snippet.lang });
        actual[key] = suggestFileName(article.markdown, label.index, languageId);
      }
      assert.ok(labels.length >= 20);
      assert.deepEqual(actual, expected);
    });

    test('every seed block gets a safe relative name', () => {
      let blocks = 0;
      for (const article of articles) {
        for (const snippet of extractSnippets(article.markdown)) {
          const name = suggestFileName(article.markdown, snippet.index);
          blocks++;
          assert.equal(sanitizeFileName(name), name, `${article.link} #${snippet.index}`);
          assert.doesNotMatch(name, /^\/|(?:^|\/)\.\.(?:\/|$)/);
        }
      }
      assert.ok(blocks >= 400, `${blocks} blocks`);
    });
  });
});
