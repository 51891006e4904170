import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { articleMarkdownFile, articleMarkdownFileName } from '../../../../src/core/article/articleMarkdownFile';

/** The front matter block parsed the way YAML reads double-quoted scalars (JSON strings are valid ones). */
function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(match, 'front matter at the very top');
  const result: Record<string, unknown> = {};
  let listKey: string | undefined;
  for (const line of match[1].split('\n')) {
    const item = /^ {2}- (".*")$/.exec(line);
    if (item && listKey) { (result[listKey] as string[]).push(JSON.parse(item[1]) as string); continue; }
    const pair = /^(\w+):(?: (".*"))?$/.exec(line);
    assert.ok(pair, `a key: "value" line, got ${line}`);
    listKey = pair[2] === undefined ? pair[1] : undefined;
    result[pair[1]] = pair[2] === undefined ? [] : JSON.parse(pair[2]);
  }
  return result;
}

describe('Save Article as Markdown', () => {
  test('front matter holds title, author, date, source and link, quoted so any title is safe', () => {
    const text = articleMarkdownFile('Intro.\n\n![diagram](https://example.com/d.png)', {
      title: 'YAML: the "good" parts # 1 ---', authors: ['Ana Lee'], date: '2024-03-01T10:00:00Z', source: 'freeCodeCamp', link: 'https://example.com/yaml',
    });
    assert.deepEqual(frontMatter(text), {
      title: 'YAML: the "good" parts # 1 ---', author: 'Ana Lee', date: '2024-03-01T10:00:00.000Z', source: 'freeCodeCamp', link: 'https://example.com/yaml',
    });
    assert.match(text, /\n---\n\n# YAML: the "good" parts # 1 ---\n\nIntro\.\n\n!\[diagram\]\(https:\/\/example\.com\/d\.png\)\n$/);
  });

  test('several authors become a list; missing fields are left out, not written empty', () => {
    const text = articleMarkdownFile('Body', { title: 'T', authors: ['A', 'B'] });
    assert.deepEqual(frontMatter(text), { title: 'T', author: ['A', 'B'] });
    assert.doesNotMatch(text, /date:|link:|source:/);
  });

  test('a body that already opens with the title is not given a second heading', () => {
    const text = articleMarkdownFile('# Hello\n\nText', { title: 'Hello' });
    assert.equal(text.match(/^# Hello$/gm)?.length, 1);
  });

  test('the body after the front matter renders as the article did (markdown-it sees the same headings and images)', () => {
    const body = '## Step 1\n\n```python\nprint(1)\n```\n\n![x](https://example.com/x.png)';
    const rendered = new MarkdownIt().render(articleMarkdownFile(body, { title: 'T' }).replace(/^---\n[\s\S]*?\n---\n/, ''));
    assert.match(rendered, /<h2>Step 1<\/h2>/);
    assert.match(rendered, /<code class="language-python">print\(1\)/);
    assert.match(rendered, /<img src="https:\/\/example\.com\/x\.png"/);
  });

  test('file names are slugs of the title, short and safe', () => {
    assert.equal(articleMarkdownFileName('Build a REST API with Go & Gin'), 'build-a-rest-api-with-go--gin.md');
    assert.equal(articleMarkdownFileName('../../etc/passwd'), 'etcpasswd.md');
    assert.equal(articleMarkdownFileName('???'), 'article.md');
    assert.ok(articleMarkdownFileName('x'.repeat(500)).length <= 83);
  });
});
