import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { stopOnExit } from './shutdown';
import { vscodePaths } from './vscodePaths';

const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Headless Debian Chromium with its profile and caches under `scratchDir`; closed on runner exit. */
export async function launchChromium(scratchDir: string): Promise<Browser> {
  if (!fs.existsSync(vscodePaths.chromium)) {
    throw new Error(`${vscodePaths.chromium} is missing: run \`npm run setup:vscode\` as root (it installs Debian's chromium).`);
  }
  fs.mkdirSync(scratchDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: vscodePaths.chromium,
    headless: process.env.TUTORIAL_READER_HEADED !== '1',
    args: chromiumArgs,
    // Our shutdown registry closes it; playwright's own handlers would race it on Ctrl-C.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(scratchDir, 'config'),
      XDG_CACHE_HOME: path.join(scratchDir, 'cache'),
    },
  });
  const unregister = stopOnExit({
    name: 'chromium',
    stop: async () => {
      unregister();
      await browser.close();
    },
  });
  return browser;
}
