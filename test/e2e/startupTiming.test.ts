import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { e2eSession } from './e2eSession';
import { openWorkbench, type Workbench } from './workbench';

// How long a user waits, from opening the window to a Tutorials tree filled with the five seed feeds:
// once with an empty cache (every feed fetched and parsed) and once from the cache of the first run alone.
// Figures are printed for the closing note and the README, not asserted: timing targets live in the benchmark.

const seedTitles = [
  'freeCodeCamp Programming Tutorials: Python, JavaScript, Git & More',
  'Docker - freeCodeCamp.org',
  'Forem: Akshat Jain',
  'Stories by Dr. Yaroslav Zhbankov on Medium',
  'Level Up Coding System Design Newsletter',
];

async function timeToFilledTree(): Promise<{ workbench: Workbench; readyMs: number; filledMs: number }> {
  const started = Date.now();
  const workbench = await openWorkbench();
  const readyMs = Date.now() - started;
  await workbench.openTutorialsContainer();
  for (const title of seedTitles) {
    // A source row is filled once it shows its unread count (or "all read").
    await workbench.page.locator('.part.sidebar .monaco-list-row', { hasText: title }).filter({ hasText: /\d+ unread|all read/ }).waitFor({ timeout: 60_000 });
  }
  return { workbench, readyMs, filledMs: Date.now() - started };
}

suite('Startup: from window open to a filled Tutorials tree', () => {
  test('the tree fills with the five seed feeds from an empty cache, and again from the cache', async function () {
    this.timeout(180_000);
    const cacheDir = path.join(e2eSession().server.userDataDir, 'User', 'globalStorage', 'tutorial-reader.tutorial-reader', 'feeds');
    fs.rmSync(cacheDir, { recursive: true, force: true });

    const cold = await timeToFilledTree();
    await cold.workbench.screenshot('startup-cold-filled');
    await cold.workbench.page.close();
    assert.ok(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.json')).length >= seedTitles.length, 'each feed was cached on disk');

    // With automatic refresh off (the e2e settings), a cached source is not fetched at startup: the second
    // window's tree fills without a single request to the feeds.
    const { feeds } = e2eSession();
    const requestsBefore = feeds.seeds.map((seed) => feeds.requestCount(seed.path));
    const cached = await timeToFilledTree();
    await cached.workbench.page.close();
    assert.deepEqual(feeds.seeds.map((seed) => feeds.requestCount(seed.path)), requestsBefore, 'no feed was requested');
    console.log(`      cold:   workbench ready ${cold.readyMs} ms, tree filled ${cold.filledMs} ms after window open`);
    console.log(`      cached: workbench ready ${cached.readyMs} ms, tree filled ${cached.filledMs} ms after window open`);
  });
});
