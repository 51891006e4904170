import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { renderMarkdown } from '../../../../src/core/render/renderMarkdown';

// markdown-it style fixtures: a title line, then `.`, the Markdown, `.`, the expected HTML, `.`.
const fixturesDir = path.resolve(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'render');

interface Fixture {
  title: string;
  markdown: string;
  html: string;
}

function readFixtures(file: string): Fixture[] {
  const lines = fs.readFileSync(path.join(fixturesDir, file), 'utf8').replace(/\r\n/g, '\n').split('\n');
  const fixtures: Fixture[] = [];
  let i = 0;
  const section = (): string => {
    const start = i;
    while (i < lines.length && lines[i] !== '.') i++;
    if (i >= lines.length) throw new Error(`${file}: unterminated section at line ${start + 1}`);
    return lines.slice(start, i++).map((line) => `${line}\n`).join('');
  };
  while (i < lines.length) {
    if (lines[i].trim() === '') { i++; continue; }
    const title = lines[i++];
    if (lines[i++] !== '.') throw new Error(`${file}: expected "." after title "${title}"`);
    fixtures.push({ title, markdown: section(), html: section() });
  }
  return fixtures;
}

const fixtureFiles = fs.readdirSync(fixturesDir).filter((name) => name.endsWith('.txt')).sort();

test('render fixtures are found', () => {
  assert.ok(fixtureFiles.includes('xss.txt'), `no xss.txt in ${fixturesDir}`);
});

for (const file of fixtureFiles) {
  describe(`render fixtures: ${file}`, () => {
    for (const fixture of readFixtures(file)) {
      test(fixture.title, () => {
        assert.equal(renderMarkdown(fixture.markdown), fixture.html);
      });
    }
  });
}

// Independent of the fixtures' exact HTML: whatever the xss set renders, only harmless markup may come out.
const allowedTags = new Set(['p', 'a', 'img', 'pre', 'code', 'span', 'div', 'em', 'strong']);
const allowedAttributes = new Set(['href', 'src', 'alt', 'title', 'rel', 'loading', 'referrerpolicy', 'class', 'data-snippet', 'data-lang']);

describe('xss fixtures render only harmless markup', () => {
  for (const fixture of readFixtures('xss.txt')) {
    test(fixture.title, () => {
      const html = renderMarkdown(fixture.markdown);
      for (const [, name, attributes] of html.matchAll(/<([a-z][a-z0-9-]*)([^>]*)>/gi)) {
        assert.ok(allowedTags.has(name.toLowerCase()), `tag <${name}> in ${html}`);
        for (const [, attribute, value] of attributes.matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
          assert.ok(allowedAttributes.has(attribute), `attribute ${attribute} in ${html}`);
          if (attribute === 'href') assert.match(value, /^(?:https?:\/\/|mailto:|#)/, html);
          if (attribute === 'src') assert.match(value, /^(?:https?:\/\/|data:image\/(?:png|gif|jpeg|webp)[;,])/, html);
        }
        // Everything between the tag name and `>` must be well-formed name="value" pairs.
        assert.equal(attributes.replace(/\s[^\s=]+="[^"]*"/g, ''), '', `stray attribute text in ${html}`);
      }
    });
  }
});
