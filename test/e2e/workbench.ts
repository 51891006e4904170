import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { vscodePaths } from '../runner/vscodePaths';
import { e2eSession } from './e2eSession';

/** A workbench page opened on the e2e workspace, with helpers for what a user does in it. */
export interface Workbench {
  page: Page;
  /** Shows the "Tutorials" container in the activity bar (no-op when it is already showing). */
  openTutorialsContainer(): Promise<void>;
  /** Tree item whose accessible name (label + tooltip) contains `name`. */
  treeItem(name: string | RegExp): Locator;
  /** Runs a command by its palette title, e.g. 'Tutorial Reader: Refresh All Sources'. */
  runCommand(title: string): Promise<void>;
  /** Closes every editor, answering "Don't Save" for untitled snippets earlier steps left open. */
  closeAllEditorsDiscarding(): Promise<void>;
  /** Notification toasts containing `text`. */
  notification(text: string | RegExp): Locator;
  /** Saves test-results/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
}

export const tutorialsContainerTitle = 'Tutorials';

function safeFileName(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 120);
}

/** Opens a fresh workbench tab, waits until the workbench and the workspace's explorer are up. */
export async function openWorkbench(): Promise<Workbench> {
  const session = e2eSession();
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
  // As a user who allowed the site to use the clipboard: terminal paste reads it (Send to Terminal uses that).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.server.url).origin });
  await page.goto(session.server.workbenchUrl(session.workspace));
  await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
  await page.locator('.activitybar').waitFor({ timeout: 30_000 });
  const runCommand = async (title: string): Promise<void> => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor();
    await row.click();
  };
  return {
    page,
    async openTutorialsContainer() {
      const tab = page.locator('.activitybar').getByRole('tab', { name: tutorialsContainerTitle });
      if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
      await page.locator('.part.sidebar .composite.title', { hasText: tutorialsContainerTitle }).waitFor();
    },
    treeItem: (name) => page.getByRole('treeitem', { name }),
    runCommand,
    async closeAllEditorsDiscarding() {
      await runCommand('View: Close All Editors');
      const dontSave = page.locator('.monaco-dialog-box').getByRole('button', { name: "Don't Save" });
      const tabs = page.locator('.part.editor .tab');
      for (const deadline = Date.now() + 10_000; (await tabs.count()) > 0 && Date.now() < deadline; ) {
        if (await dontSave.isVisible()) await dontSave.click();
        await page.waitForTimeout(100);
      }
      if ((await tabs.count()) > 0) throw new Error('editors still open after Close All Editors');
    },
    notification: (text) => page.locator('.notification-toast', { hasText: text }),
    async screenshot(name) {
      fs.mkdirSync(vscodePaths.screenshots, { recursive: true });
      const file = path.join(vscodePaths.screenshots, `${safeFileName(name)}.png`);
      await page.screenshot({ path: file });
      return file;
    },
  };
}

/**
 * For a suite: a fresh workbench page before its tests, closed after them, with a screenshot of any failing test
 * (test-results/screenshots/failed-<title>.png). Use it at the top of `suite(...)`.
 */
export function useWorkbench(): Workbench {
  let workbench: Workbench | undefined;
  const get = (): Workbench => {
    if (!workbench) throw new Error('the workbench opens in suiteSetup: use it inside tests and hooks');
    return workbench;
  };
  suiteSetup(async function () {
    this.timeout(60_000);
    workbench = await openWorkbench();
  });
  teardown(async function () {
    if (this.currentTest?.state === 'failed' && workbench) {
      const file = await workbench.screenshot(`failed-${this.currentTest.fullTitle()}`);
      console.log(`      screenshot: ${path.relative(process.cwd(), file)}`);
    }
  });
  suiteTeardown(async () => {
    await workbench?.page.close();
    workbench = undefined;
  });
  return {
    get page() { return get().page; },
    openTutorialsContainer: () => get().openTutorialsContainer(),
    treeItem: (name) => get().treeItem(name),
    runCommand: (title) => get().runCommand(title),
    closeAllEditorsDiscarding: () => get().closeAllEditorsDiscarding(),
    notification: (text) => get().notification(text),
    screenshot: (name) => get().screenshot(name),
  };
}
