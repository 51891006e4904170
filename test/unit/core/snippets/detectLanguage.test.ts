import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../../../src/core/snippets/detectLanguage';
import { isConsoleSession } from '../../../../src/core/snippets/consoleSession';
import { languageFamily, loadLabelledSnippets } from './labelledSnippets';

const modelModule = /vscode-languagedetection/;

describe('detectLanguage', () => {
  // Runs first: nothing above has called detectLanguage yet.
  test('importing the detector does not load the model (tfjs stays out of activation)', () => {
    assert.equal(Object.keys(require.cache).some((file) => modelModule.test(file)), false);
  });

  describe('fence hints', () => {
    test('a fence language wins with full confidence', async () => {
      assert.deepEqual(await detectLanguage('x = 1', { fenceLang: 'py' }), { languageId: 'python', confidence: 1 });
      assert.deepEqual(await detectLanguage('echo hi', { fenceLang: 'Bash' }), { languageId: 'shellscript', confidence: 1 });
    });

    test('a language VS Code may not know is still trusted', async () => {
      assert.equal((await detectLanguage('graph TD\n  A --> B', { fenceLang: 'mermaid' })).languageId, 'mermaid');
    });

    test('a "text" or "plaintext" fence is no hint: docker commands under it are shell', async () => {
      assert.equal((await detectLanguage('docker compose up -d\ndocker compose logs -f', { fenceLang: 'text' })).languageId, 'shellscript');
      assert.equal((await detectLanguage('npm install express', { fenceLang: 'plaintext' })).languageId, 'shellscript');
    });
  });

  describe('terminal sessions', () => {
    const sessions: [string, string][] = [
      ['$ prompts', '$ npm install\nadded 42 packages in 3s\n$ npm test'],
      ['user@host prompt', 'dev@laptop:~/app$ git status\nOn branch main'],
      ['bracketed prompt', '[root@web app]# systemctl restart nginx'],
      ['PowerShell prompt', 'PS C:\\Users\\me> Get-ChildItem\n\n    Directory: C:\\Users\\me'],
      ['cmd prompt', 'C:\\projects>dir\n Volume in drive C has no label.'],
      ['Python REPL', '>>> 1 + 1\n2\n>>> print("hi")\nhi'],
      ['zsh % prompt', '% brew install node'],
      ['root # prompt with an admin command', '# apt-get update\n# apt-get install -y curl'],
      ['comment before the first prompt', '# install the deps\n$ pip install requests'],
    ];
    for (const [name, code] of sessions) {
      test(`${name} reads as a console session`, async () => {
        assert.deepEqual(await detectLanguage(code), { languageId: 'tutorial-console', confidence: 0.9 });
      });
    }

    test('a bash block whose lines start with "$ " is a session, not a script', async () => {
      assert.equal((await detectLanguage('$ docker build -t app .\n$ docker run app', { fenceLang: 'bash' })).languageId, 'tutorial-console');
    });

    test('a python block of REPL lines keeps its fence language', async () => {
      assert.equal((await detectLanguage('>>> import os', { fenceLang: 'python' })).languageId, 'python');
    });

    test('a # comment followed by commands is a script, not a root prompt', async () => {
      assert.equal(isConsoleSession('# install deps\nnpm install'), false);
      assert.equal((await detectLanguage('# install deps\nnpm install\nnpm run build')).languageId, 'shellscript');
    });

    test('shell variables and npm\'s "> pkg@1.0.0 start" echo are not prompts', () => {
      assert.equal(isConsoleSession('$HOME/bin/run.sh'), false);
      assert.equal(isConsoleSession('> my-app@1.0.0 start\n> node server.js'), false);
    });
  });

  describe('syntax cues', () => {
    const cases: [string, string, string][] = [
      ['a Dockerfile', 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]', 'dockerfile'],
      ['a lone RUN line', 'RUN apt-get update && apt-get install -y curl', 'dockerfile'],
      ['a Kubernetes manifest', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web', 'yaml'],
      ['a compose file', 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"', 'yaml'],
      ['JSON', '{\n  "name": "app",\n  "version": "1.0.0"\n}', 'json'],
      ['a python shebang', '#!/usr/bin/env python3\nprint("hi")', 'python'],
      ['a bash shebang', '#!/bin/bash\nset -e', 'shellscript'],
      ['a .env file', 'PORT=3000\nDATABASE_URL=postgres://localhost/app', 'shellscript'],
      ['Spring properties', 'spring.datasource.url=jdbc:mysql://db/app\nspring.jpa.show-sql=true', 'properties'],
      ['Terraform', 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n}', 'terraform'],
      ['a curl command with a JSON body', 'curl -X POST http://localhost:3000/api \\\n  -H "Content-Type: application/json" \\\n  -d \'{\n    "name": "x"\n  }\'', 'shellscript'],
      ['a file-name comment', '// src/server.ts\nconst port = 3000;', 'typescript'],
      ['a directory tree', 'app/\n├── src/\n│   └── index.ts\n└── package.json', 'plaintext'],
      ['python imports and a def', 'from pathlib import Path\n\ndef main():\n    pass', 'python'],
    ];
    for (const [name, code, expected] of cases) {
      test(`${name} is ${expected}`, async () => {
        assert.deepEqual(await detectLanguage(code), { languageId: expected, confidence: 0.9 });
      });
    }

    test('export const is JavaScript, not a shell export', async () => {
      assert.notEqual((await detectLanguage('export const answer = 42;\nexport default answer;')).languageId, 'shellscript');
    });
  });

  describe('the model', () => {
    test('guesses a longer unhinted Go block', async () => {
      const code = 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc main() {\n\thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {\n\t\tfmt.Fprintln(w, "hello")\n\t})\n\thttp.ListenAndServe(":8080", nil)\n}';
      const result = await detectLanguage(code);
      assert.equal(result.languageId, 'go');
      assert.ok(result.confidence > 0.1 && result.confidence <= 1);
    });

    test('React code with JSX opens as javascriptreact', async () => {
      const code = 'import { useState } from "react";\n\nexport default function Counter() {\n  const [count, setCount] = useState(0);\n  return (\n    <button onClick={() => setCount(count + 1)}>\n      Clicked {count} times\n    </button>\n  );\n}';
      assert.equal((await detectLanguage(code)).languageId, 'javascriptreact');
    });

    test('prose in a code block stays plain text', async () => {
      const code = 'Open the app → the overlay appears\nPress Escape → the overlay hides again';
      assert.equal((await detectLanguage(code)).languageId, 'plaintext');
    });

    test('console.log lines are JavaScript by their syntax alone', async () => {
      assert.equal((await detectLanguage('console.log(10)\nconsole.log(100)\nconsole.log(1000)')).languageId, 'javascript');
    });

    test('an unsure block follows the article\'s other blocks, or what the sentence before it says', async () => {
      const code = 'x = load()\ny = transform(x)';
      assert.equal((await detectLanguage(code)).languageId, 'plaintext');
      assert.equal((await detectLanguage(code, { articleLanguages: ['python', 'bash'] })).languageId, 'python');
      assert.equal((await detectLanguage(code, { context: 'The same in Ruby:' })).languageId, 'ruby');
    });

    test('a file name the article gives the block decides its language', async () => {
      assert.equal((await detectLanguage('x = load()', { fileName: 'pipeline.py' })).languageId, 'python');
      assert.equal((await detectLanguage('services:\n  web:\n    image: nginx', { fileName: 'docker-compose.yml' })).languageId, 'yaml');
    });

    test('code too short for the model is plain text', async () => {
      assert.equal((await detectLanguage('x += 1')).languageId, 'plaintext');
    });
  });

  describe('the labelled seed blocks', () => {
    test('every hand label still finds its block in the seeds', () => {
      const { unmatchedLabels } = loadLabelledSnippets();
      assert.deepEqual(unmatchedLabels.map((label) => `${label.link}#${label.index}`), []);
    });

    test('at least 90% of the seed blocks get their language back, given the article\'s other languages', async () => {
      const { snippets } = loadLabelledSnippets();
      assert.ok(snippets.length >= 400, `only ${snippets.length} labelled blocks`);
      let correct = 0;
      for (const snippet of snippets) {
        const { languageId } = await detectLanguage(snippet.code, { articleLanguages: snippet.articleLanguages });
        if (languageFamily(languageId) === languageFamily(snippet.expected)) correct++;
      }
      const accuracy = correct / snippets.length;
      assert.ok(accuracy >= 0.9, `accuracy ${accuracy.toFixed(3)} on ${snippets.length} blocks`);
    });
  });
});
