import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FeedItem, Snippet } from '../../src/core/model';
import { parseFeed } from '../../src/core/feed/parseFeed';
import { htmlToMarkdown } from '../../src/core/render/htmlToMarkdown';
import { extractSnippets } from '../../src/core/snippets/extractSnippets';
import { isShellSnippet } from '../../src/snippets/terminalText';
import { repoRoot } from '../runner/vscodePaths';
import { loadSeeds } from '../support/seeds';
import { e2eSession } from './e2eSession';
import { openArticleFromTree, previewFrame, setColorTheme, words } from './previewPage';
import { useWorkbench } from './workbench';

// A user opens a seed article from the Tutorials tree, reads it in the preview and pulls a code block into an
// editor; the same preview shows a hostile article inert. Screenshots in light and dark themes.

const hostileFixture = path.join(repoRoot, 'test', 'fixtures', 'hostile', 'hostile.rss');

interface SeedArticle {
  feedTitle: string;
  item: FeedItem;
  snippet: Snippet;
}

/** The Docker tag's first article with a code block that is not shell (so it opens in a language mode). */
function dockerArticle(): SeedArticle {
  const seed = loadSeeds().find((s) => s.label === 'docker');
  assert.ok(seed, 'the docker seed feed is missing');
  const feed = parseFeed(seed.text);
  for (const item of feed.items) {
    const markdown = htmlToMarkdown(item.contentHtml ?? item.summary ?? '', { baseUrl: item.link });
    const snippet = extractSnippets(markdown).find((s) => s.lang && !isShellSnippet(s) && s.code.trim().length > 20);
    if (snippet) return { feedTitle: feed.title, item, snippet };
  }
  throw new Error('no docker seed article has a non-shell code block');
}

suite('Article preview in the workbench', () => {
  const workbench = useWorkbench();
  const seed = dockerArticle();

  test('clicking an article in the tree shows it in the preview; Open in Editor puts its code in an editor', async () => {
    await setColorTheme(workbench, 'Default Light Modern');
    await openArticleFromTree(workbench, seed.feedTitle, seed.item.title);
    const frame = previewFrame(workbench);
    const heading = frame.locator('h1.article-title');
    await heading.waitFor({ timeout: 30_000 });
    assert.equal(await heading.textContent(), seed.item.title);
    assert.equal(await workbench.page.locator('.tab.active').getAttribute('aria-label').then((l) => l?.startsWith(seed.item.title)), true);

    const button = frame.locator(`button.code-action[data-action="openInEditor"][data-snippet="${seed.snippet.index}"]`);
    await button.scrollIntoViewIfNeeded();
    await workbench.page.waitForTimeout(300);
    await workbench.screenshot('preview-light');
    await button.click();
    const editorLines = workbench.page.locator('.editor-instance .monaco-editor .view-lines').last();
    const firstLine = seed.snippet.code.split('\n').find((l) => l.trim()) ?? '';
    await workbench.page.waitForFunction(
      (expected) => Array.from(document.querySelectorAll('.monaco-editor .view-lines')).some((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').includes(expected)),
      words(firstLine), { timeout: 15_000 },
    );
    assert.ok(words(await editorLines.innerText()).includes(words(firstLine)));
    await workbench.screenshot('preview-open-in-editor-light');
  });

  test('the preview follows a dark theme and keeps its code toolbars reachable by keyboard', async () => {
    await setColorTheme(workbench, 'Default Dark Modern');
    const frame = previewFrame(workbench);
    await frame.locator('body.vscode-dark').waitFor({ timeout: 15_000 });
    await frame.locator('h1.article-title').click();
    let focused: { tag: string; action?: string; inToolbar: boolean; outline: string } | undefined;
    // The article's own actions (header buttons) come first; Tab goes on to the first code block's toolbar.
    for (let i = 0; i < 40 && !focused?.inToolbar; i++) {
      await workbench.page.keyboard.press('Tab');
      focused = await frame.locator('html').evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        return { tag: e?.tagName ?? '', action: e?.dataset.action, inToolbar: !!e?.closest('.code-toolbar'), outline: e ? getComputedStyle(e).outlineStyle : '' };
      });
    }
    assert.equal(focused?.tag, 'BUTTON', 'Tab reaches the first code block\'s toolbar');
    assert.equal(focused?.action, 'openInEditor');
    assert.equal(focused?.outline, 'solid', 'the focused button shows a focus ring');
    await workbench.page.waitForTimeout(300);
    await workbench.screenshot('preview-dark');
  });

  test('the preview comes back after a window reload, scrolled where it was', async () => {
    const frame = previewFrame(workbench);
    await frame.locator('html').evaluate(() => window.scrollTo(0, 600));
    await workbench.page.waitForTimeout(400);
    const before = await frame.locator('html').evaluate(() => window.scrollY);
    assert.ok(before > 100, `the article scrolled (${before})`);
    await workbench.runCommand('Developer: Reload Window');
    const heading = previewFrame(workbench).locator('h1.article-title');
    await heading.waitFor({ timeout: 45_000 });
    assert.equal(await heading.textContent(), seed.item.title);
    const after = await previewFrame(workbench).locator('html').evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return window.scrollY;
    });
    assert.equal(after, before);
  });

  test('a hostile article shows inert: no script of its own runs, nothing overlays the page, links to commands are gone', async () => {
    const { feeds } = e2eSession();
    feeds.setResponse('/hostile.xml', { body: fs.readFileSync(hostileFixture, 'utf8'), headers: { 'content-type': 'application/rss+xml' } });
    await setColorTheme(workbench, 'Default Light Modern');
    await workbench.runCommand('Tutorial Reader: Add Source…');
    const input = workbench.page.locator('.quick-input-widget input');
    await input.fill(feeds.urlOf('/hostile.xml'));
    await input.press('Enter');
    const title = 'Hostile article <img src=x onerror="document.title=\'PWNED-title\'"> & "quotes"';
    await openArticleFromTree(workbench, 'Hostile Feed', 'Hostile article');
    const frame = previewFrame(workbench);
    await frame.locator('h1.article-title').waitFor({ timeout: 30_000 });
    await frame.locator('.code-toolbar').first().waitFor();
    // Give any injected handler (onerror of a missing image, a meta refresh) time to fire.
    await workbench.page.waitForTimeout(1500);
    const seen = await frame.locator('html').evaluate(() => ({
      title: document.title,
      heading: document.querySelector('h1.article-title')?.textContent,
      // VS Code itself prepends its API script and default styles, ahead of our CSP meta.
      scripts: Array.from(document.scripts).filter((s) => s.id !== '_vscodeApiScript').map((s) => ({ src: s.getAttribute('src'), nonce: (s.nonce ?? '').length > 0 })),
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
      location: location.href,
      pwned: document.getElementById('pwned') !== null,
      overlay: document.getElementById('overlay') !== null,
      fixed: Array.from(document.querySelectorAll('body *')).some((e) => getComputedStyle(e).position === 'fixed'),
      bodyShown: getComputedStyle(document.body).display !== 'none',
      forbidden: document.querySelectorAll('form, input, iframe, object, embed, svg, base, style:not([nonce]):not(#_defaultStyles), link[rel="stylesheet"]:not([href*="preview.css"])').length,
      handlers: Array.from(document.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => a.name.startsWith('on'))).length,
      links: Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')),
      scrollY: window.scrollY,
    }));
    assert.equal(seen.heading, title);
    assert.equal(seen.scrollY, 0, 'the reused panel shows the new article from its top');
    assert.equal(seen.title, title, 'no script changed the document title');
    assert.equal(seen.scripts.length, 1);
    assert.match(seen.scripts[0].src ?? '', /\/media\/preview\.js$/);
    assert.equal(seen.scripts[0].nonce, true);
    assert.match(seen.csp ?? '', /^default-src 'none'; img-src https: data:; style-src [^;]+ 'nonce-([\w+/=]+)'; script-src 'nonce-\1'; font-src [^;]+$/);
    assert.doesNotMatch(seen.location, /hostile\.example/);
    assert.equal(seen.pwned, false);
    assert.equal(seen.overlay, false);
    assert.equal(seen.fixed, false);
    assert.equal(seen.bodyShown, true);
    assert.equal(seen.forbidden, 0);
    assert.equal(seen.handlers, 0);
    assert.deepEqual(seen.links.filter((href) => !/^(?:https?:|mailto:|#)/.test(href ?? '')), []);
    assert.ok((await workbench.page.title()).startsWith(`${title} - `), 'the window title shows the article title as text');
    await workbench.screenshot('preview-hostile-light');
  });
});
