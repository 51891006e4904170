import assert from 'node:assert/strict';
import type { FrameLocator, Page } from 'playwright-core';
import { moveMouseAway } from './previewPage';
import { openWorkbench } from './workbench';

// How long a user waits from clicking an article in the tree to its heading in the preview, in a fresh window:
// the first article (the largest Substack one) and the next, and VS Code's own Markdown preview of the same
// article's Markdown as the reference. Printed for the closing note, not asserted: timing targets live in the
// benchmark and this machine is shared. Traced: from the click to the HTML handed to the webview takes ~0.25 s;
// the rest is the webview starting (0.9-4.7 s for the first one in a window, as for VS Code's own preview).

const SOURCE = 'Level Up Coding System Design Newsletter';
const FIRST = 'LLMs: The Essential Guide';
const NEXT = 'MCP Clearly Explained';

function webviewFrame(page: Page, index: number): FrameLocator {
  return page.locator('iframe.webview.ready').nth(index).contentFrame().frameLocator('#active-frame');
}

/** Waits until one of the window's webviews (a window may restore others) shows `selector`; returns its frame. */
async function webviewShowing(page: Page, selector: string, timeoutMs = 30_000): Promise<FrameLocator> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await page.locator('iframe.webview.ready').count();
    for (let i = 0; i < count; i++) {
      const frame = webviewFrame(page, i);
      if (await frame.locator(selector).count().catch(() => 0)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview shows ${selector}`);
    await page.waitForTimeout(20);
  }
}

suite('Preview timing: from a click in the tree to the article on screen', () => {
  test('the first (all 11 of its images in place) and the next article, and VS Code\'s Markdown preview of the same Markdown for reference', async function () {
    this.timeout(180_000);
    const workbench = await openWorkbench();
    const { page } = workbench;
    try {
      await workbench.openTutorialsContainer();
      const source = workbench.treeItem(SOURCE).first();
      await source.waitFor({ timeout: 30_000 });
      await source.click();
      await workbench.treeItem(FIRST).first().waitFor({ timeout: 30_000 });
      // As a user would: the tree is on screen a moment before the first click.
      await page.waitForTimeout(1500);

      const timeClick = async (title: string): Promise<number> => {
        await moveMouseAway(workbench);
        const started = Date.now();
        await workbench.treeItem(title).first().click();
        await webviewShowing(page, `h1.article-title:text-is(${JSON.stringify(title)})`);
        return Date.now() - started;
      };
      const firstMs = await timeClick(FIRST);
      const preview = await webviewShowing(page, `h1.article-title:text-is(${JSON.stringify(FIRST)})`);
      const images = preview.locator('main img');
      await preview.locator('main img[src^="https://"]').nth(10).waitFor({ state: 'attached', timeout: 15_000 });
      assert.equal(await images.count(), 11, 'every image of the article is there, with its https address');
      const nextMs = await timeClick(NEXT);

      // The reference: the same article's Markdown in VS Code's built-in Markdown preview.
      await moveMouseAway(workbench);
      await workbench.treeItem(NEXT).first().click({ button: 'right' });
      const item = page.getByRole('menuitem', { name: 'Open as Markdown' });
      await item.hover();
      await page.keyboard.press('Enter');
      // The Markdown opens as an untitled editor beside the preview.
      const markdownEditor = page.locator('.editor-instance .monaco-editor .view-lines').filter({ hasText: /\S/ }).last();
      await markdownEditor.waitFor({ timeout: 15_000 });
      // As a user: click into the Markdown, then ask for its preview (the command needs a Markdown editor active).
      await markdownEditor.click();
      await page.locator('.statusbar-item', { hasText: 'Markdown' }).first().waitFor({ timeout: 15_000 });
      const started = Date.now();
      await workbench.runCommand('Markdown: Open Preview');
      // VS Code's Markdown preview marks its blocks with their source lines.
      await webviewShowing(page, '[data-line]');
      const referenceMs = Date.now() - started;
      await workbench.screenshot('preview-timing');
      assert.ok(firstMs > 0 && nextMs > 0 && referenceMs > 0);
      console.log(`      first preview ${firstMs} ms, next ${nextMs} ms; VS Code's Markdown preview of the same Markdown ${referenceMs} ms`);
    } finally {
      await page.close();
    }
  });
});
