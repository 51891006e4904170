import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../runner/vscodePaths';
import { e2eSession } from './e2eSession';
import { openArticleFromTree, previewFrame, setColorTheme } from './previewPage';
import { useWorkbench } from './workbench';

// A user subscribes to a feed that carries only teasers, opens an article and reads it in full, code included;
// the line under the title switches to the feed's own text and back.

const page = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'pages', 'docusaurus.html'), 'utf8');
const title = 'Setting Up the Router';

suite('Full articles in the workbench', () => {
  const workbench = useWorkbench();

  test('a teaser opens as the full article with its code blocks, and "Show feed text" switches to the feed\'s text', async () => {
    const { feeds } = e2eSession();
    feeds.setResponse('/teaser-pages/router.html', { body: page, headers: { 'content-type': 'text/html; charset=utf-8' } });
    feeds.setResponse('/teasers.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Router Docs</title><link>${feeds.url}/</link>
        <item><title>${title}</title><link>${feeds.urlOf('/teaser-pages/router.html')}</link><guid>router-1</guid>
        <description>Install the router and declare your first routes. Continue reading…</description></item></channel></rss>`,
    });
    await setColorTheme(workbench, 'Default Light Modern');
    await workbench.openTutorialsContainer();
    await workbench.treeItem('Forem: Akshat Jain').first().waitFor({ timeout: 30_000 });
    await workbench.runCommand('Tutorial Reader: Add Source…');
    const input = workbench.page.locator('.quick-input-widget input');
    await input.fill(feeds.urlOf('/teasers.xml'));
    await input.press('Enter');
    await openArticleFromTree(workbench, 'Router Docs', title);

    const frame = previewFrame(workbench);
    const notice = frame.locator('.full-article-full');
    await notice.waitFor({ timeout: 30_000 });
    assert.match(await notice.innerText(), /^Full article from 127\.0\.0\.1/);
    assert.equal(await frame.locator('pre[data-snippet]').count(), 3);
    assert.deepEqual(await frame.locator('.code-language').allInnerTexts(), ['bash', 'tsx', 'json']);
    assert.ok((await frame.locator('main').innerText()).includes('Routes are ordinary components'));
    await workbench.screenshot('full-article-light');

    await frame.getByRole('button', { name: 'Show feed text' }).click();
    await frame.locator('.full-article-feedText').waitFor({ timeout: 15_000 });
    assert.match(await frame.locator('main').innerText(), /Install the router and declare your first routes/);
    assert.equal(await frame.locator('pre[data-snippet]').count(), 0);
    await workbench.screenshot('full-article-feed-text-light');

    await frame.getByRole('button', { name: /Show full article from/ }).click();
    await frame.locator('.full-article-full').waitFor({ timeout: 15_000 });
    assert.equal(await frame.locator('pre[data-snippet]').count(), 3);
  });
});
