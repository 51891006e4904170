// The article preview as a user meets it in the workbench: its frame, opening an article from the tree, themes.
import type { FrameLocator } from 'playwright-core';
import type { Workbench } from './workbench';

export function previewFrame(workbench: Workbench): FrameLocator {
  return workbench.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Monaco renders spaces as no-break spaces and lines as separate elements: compare words only. */
export function words(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Picks a colour theme (its `workbench.colorTheme` value) the way a user does: Preferences: Color Theme. */
export async function setColorTheme(workbench: Workbench, theme: string): Promise<void> {
  const kind = theme.includes('Light') ? 'vs' : 'vs-dark';
  if (await workbench.page.locator(`.monaco-workbench.${kind}`).count()) return;
  await workbench.runCommand('Preferences: Color Theme');
  const input = workbench.page.locator('.quick-input-widget input');
  // The picker labels 'Default Dark Modern' (the setting's value) as 'Dark Modern'.
  const label = theme.replace(/^Default /, '');
  await input.fill(label);
  // The first time, the picker may wait for the (offline) marketplace before it lists the installed themes.
  await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 60_000 });
  await input.press('Enter');
  await workbench.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

export async function openArticleFromTree(workbench: Workbench, feedTitle: string, articleTitle: string): Promise<void> {
  await workbench.openTutorialsContainer();
  const article = workbench.treeItem(articleTitle).first();
  if (!(await article.isVisible())) {
    const source = workbench.treeItem(feedTitle).first();
    await source.waitFor({ timeout: 30_000 });
    await source.click();
  }
  await article.waitFor({ timeout: 30_000 });
  await moveMouseAway(workbench);
  await article.click();
}

/**
 * The mouse rests on a row after its click, and its hover tooltip can open over the rows below before the next
 * click. A user moves on; so does the test.
 */
export async function moveMouseAway(workbench: Workbench): Promise<void> {
  await workbench.page.mouse.move(700, 880);
  await workbench.page.locator('.context-view .monaco-hover').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => workbench.page.keyboard.press('Escape'));
}
