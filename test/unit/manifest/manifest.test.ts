import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { Commands, Settings, SnippetCommands, Views } from '../../../src/ids';

const repo = path.resolve(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));

test('every command the code registers is contributed with a title, and nothing else is', () => {
  const contributed = (manifest.contributes.commands as { command: string; title: string }[]);
  for (const c of contributed) assert.ok(c.title, `${c.command} has a title`);
  const ids = new Set<string>([...Object.values(Commands), ...Object.values(SnippetCommands)]);
  assert.deepEqual(contributed.map((c) => c.command).filter((id) => id.startsWith('tutorialReader.') && !ids.has(id)), []);
  assert.deepEqual([...ids].filter((id) => !contributed.some((c) => c.command === id)), []);
});

test('menus only name contributed commands', () => {
  const known = new Set((manifest.contributes.commands as { command: string }[]).map((c) => c.command));
  for (const [menu, entries] of Object.entries(manifest.contributes.menus as Record<string, { command: string }[]>)) {
    for (const entry of entries) assert.ok(known.has(entry.command), `${menu} names ${entry.command}`);
  }
});

test('the Tutorials container and Sources view are contributed under the ids the code uses', () => {
  assert.equal(manifest.contributes.viewsContainers.activitybar[0].id, Views.container);
  assert.equal(manifest.contributes.viewsContainers.activitybar[0].title, 'Tutorials');
  assert.equal(manifest.contributes.views[Views.container][0].id, Views.sources);
});

test('settings the code reads are contributed', () => {
  const props = manifest.contributes.configuration.properties;
  for (const key of [Settings.sources, Settings.refreshIntervalMinutes, Settings.fetchTimeoutSeconds, Settings.previewReuse, Settings.previewShowImages, Settings.previewFontSize, Settings.previewFontFamily]) {
    assert.ok(props[`${Settings.section}.${key}`], `${key} is contributed`);
  }
});

test('the default sources are the five tutorial feeds plus the built-in guide', () => {
  const urls = manifest.contributes.configuration.properties['tutorialReader.sources'].default.map((s: { url: string }) => s.url);
  assert.deepEqual(urls, [
    'builtin:getting-started',
    'https://www.freecodecamp.org/news/rss.xml',
    'https://www.freecodecamp.org/news/tag/docker/rss.xml',
    'https://forem.com/feed/akshatjme',
    'https://medium.com/@yaroslavzhbankov/feed',
    'https://blog.levelupcoding.com/feed',
  ]);
});
