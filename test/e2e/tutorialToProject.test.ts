import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../runner/vscodePaths';
import { e2eSession } from './e2eSession';
import { openArticleFromTree, previewFrame, words } from './previewPage';
import { useWorkbench, type Workbench } from './workbench';

// The built-in guide's "Build a tutorial's project in one step" names five files (app.py in two steps) and has a
// terminal session. It is served like any feed, added with Add Source as a user would.

const SOURCE = 'Getting Started with Tutorial Reader';
const TUTORIAL = 'Build a tutorial\'s project in one step';
const FILES = ['requirements.txt', 'templates/index.html', 'app.py', 'Dockerfile', 'docker-compose.yml'];

async function addGuideAsSource(workbench: Workbench): Promise<void> {
  const { feeds } = e2eSession();
  feeds.setResponse('/getting-started.xml', {
    headers: { 'content-type': 'application/rss+xml' },
    body: fs.readFileSync(path.join(repoRoot, 'media', 'feeds', 'getting-started.xml'), 'utf8'),
  });
  await workbench.openTutorialsContainer();
  if (await workbench.treeItem(SOURCE).count()) return;
  await workbench.treeItem('Forem: Akshat Jain').first().waitFor({ timeout: 30_000 });
  await workbench.runCommand('Tutorial Reader: Add Source…');
  const input = workbench.page.locator('.quick-input-widget input');
  await input.fill(feeds.urlOf('/getting-started.xml'));
  await input.press('Enter');
  await workbench.treeItem(SOURCE).first().waitFor({ timeout: 30_000 });
}

async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

suite('From tutorial to project in the workbench', () => {
  const workbench = useWorkbench();

  test('the tutorial\'s 5 named files are saved into the workspace from the preview\'s header, and one Undo removes them all', async () => {
    const { page } = workbench;
    const { workspace } = e2eSession();
    await addGuideAsSource(workbench);
    await openArticleFromTree(workbench, SOURCE, TUTORIAL);
    await previewFrame(workbench).locator('button.article-action[data-article-action="saveSnippetsToWorkspace"]').click();

    const pick = page.locator('.quick-input-widget');
    await pick.locator('.quick-input-title', { hasText: `Save Snippets to ${path.basename(workspace)}` }).waitFor({ timeout: 15_000 });
    const rows = pick.locator('.quick-input-list .monaco-list-row');
    await rows.nth(6).waitFor();
    assert.equal(await rows.count(), 7, 'every code block is listed');
    const checked = await rows.evaluateAll((elements) => elements.map((row) => (row.querySelector('input[type=checkbox]') as HTMLInputElement | null)?.checked ?? row.getAttribute('aria-checked') === 'true'));
    assert.deepEqual(checked, [true, false, true, true, true, true, false], 'the first app.py and the terminal session start unticked');
    await workbench.screenshot('save-snippets-pick');
    await pick.locator('input.input').first().press('Enter');

    await waitUntil(() => FILES.every((f) => fs.existsSync(path.join(workspace, f))), 'the five files on disk');
    assert.match(fs.readFileSync(path.join(workspace, 'app.py'), 'utf8'), /render_template/, 'app.py in its last version');
    assert.equal(fs.existsSync(path.join(workspace, 'snippet-7.console')), false);
    await workbench.notification(/Saved 5 files to/).waitFor({ timeout: 15_000 });
    await workbench.notification(/Saved 5 files to/).getByRole('button', { name: 'Reveal in Explorer' }).waitFor();
    await page.locator('.tab.active', { hasText: 'requirements.txt' }).waitFor({ timeout: 15_000 });
    await workbench.screenshot('save-snippets-saved');

    // Undo, as a user does it: Ctrl+Z in the editor of a created file. VS Code may ask to undo across files.
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Z');
    const dialog = page.locator('.monaco-dialog-box');
    const gone = () => FILES.every((f) => !fs.existsSync(path.join(workspace, f)));
    const deadline = Date.now() + 15_000;
    while (!gone() && Date.now() < deadline) {
      if (await dialog.isVisible()) await dialog.getByRole('button', { name: /undo/i }).first().click();
      await page.waitForTimeout(200);
    }
    assert.ok(gone(), `one Undo removed every file; left: ${FILES.filter((f) => fs.existsSync(path.join(workspace, f))).join(', ')}`);
    await waitUntil(() => !fs.existsSync(path.join(workspace, 'templates')), 'the templates/ folder it created gone too');
  });

  test('a snippet opened from the tree is named after its file, and saving it writes that file in the workspace', async () => {
    const { page } = workbench;
    const { workspace } = e2eSession();
    await addGuideAsSource(workbench);
    await workbench.closeAllEditorsDiscarding();
    await workbench.openTutorialsContainer();
    const articleRow = workbench.treeItem(new RegExp(`^${TUTORIAL}`)).first();
    if ((await articleRow.getAttribute('aria-expanded')) !== 'true') await articleRow.locator('.monaco-tl-twistie').click();
    const snippetRow = page.locator('.part.sidebar .monaco-list-row', { hasText: 'docker-compose.yml · yaml · 5 lines' }).first();
    await snippetRow.waitFor({ timeout: 20_000 });
    await snippetRow.click();
    const tab = page.locator('.tab.active');
    await tab.filter({ hasText: 'docker-compose.yml' }).waitFor({ timeout: 15_000 });
    assert.doesNotMatch(words(await tab.innerText()), /services/, 'the tab never shows the first line of code');
    await page.locator('.statusbar-item', { hasText: /^YAML$/ }).first().waitFor({ timeout: 15_000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+S');
    const saved = path.join(workspace, 'docker-compose.yml');
    const expected = 'services:\n  web:\n    build: .\n    ports:\n      - "5000:5000"';
    await waitUntil(() => fs.existsSync(saved) && fs.readFileSync(saved, 'utf8') === expected, `${saved} written by Save under the proposed name`);
    await workbench.screenshot('snippet-saved-under-its-name');
    fs.rmSync(saved);
  });

  test('a table-of-contents link scrolls the preview to its heading and opens nothing outside', async () => {
    const { page } = workbench;
    await addGuideAsSource(workbench);
    await openArticleFromTree(workbench, SOURCE, TUTORIAL);
    const frame = previewFrame(workbench);
    const heading = frame.locator('h2#follow-along');
    await heading.waitFor({ timeout: 15_000 });
    const pagesBefore = page.context().pages().length;
    const scrollBefore = await frame.locator('html').evaluate(() => window.scrollY);
    const inView = () => heading.evaluate((h) => { const r = h.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; });
    assert.equal(await inView(), false, 'the heading starts below the fold');
    await frame.getByRole('link', { name: 'Follow along' }).click();
    await waitUntil(inView, 'the heading scrolled into view');
    assert.ok((await frame.locator('html').evaluate(() => window.scrollY)) > scrollBefore, 'the preview scrolled');
    await page.waitForTimeout(500);
    assert.equal(page.context().pages().length, pagesBefore, 'no browser tab or window was opened');
    assert.equal(await workbench.page.locator('.monaco-dialog-box').count(), 0, 'no "open external link?" dialog');
  });

  test('j and k move through three articles while the preview has focus, and the tree follows', async () => {
    const { page } = workbench;
    await addGuideAsSource(workbench);
    await openArticleFromTree(workbench, SOURCE, 'Welcome: read tutorials beside your code');
    const heading = previewFrame(workbench).locator('h1.article-title');
    await heading.filter({ hasText: 'Welcome' }).waitFor({ timeout: 15_000 });
    await previewFrame(workbench).locator('main').click();
    const steps: [string, string][] = [['j', 'Subscribe to the tutorials you like'], ['j', 'Run a tutorial\'s commands safely'], ['k', 'Subscribe to the tutorials you like']];
    for (const [key, title] of steps) {
      await page.keyboard.press(key);
      await heading.filter({ hasText: title }).waitFor({ timeout: 15_000 });
      await page.locator('.part.sidebar .monaco-list-row.selected', { hasText: title }).waitFor({ timeout: 15_000 });
    }
    await workbench.screenshot('keyboard-navigation');
  });
});
