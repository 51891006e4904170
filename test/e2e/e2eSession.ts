import type { Browser } from 'playwright-core';
import type { CodeServer } from '../runner/codeServer';
import type { FeedServer } from '../support/feedServer';

/** What runE2e started, shared with the e2e test files it loads into the same process. */
export interface E2eSession {
  browser: Browser;
  server: CodeServer;
  feeds: FeedServer;
  /** Folder opened in the workbench (holds README.md). */
  workspace: string;
}

let current: E2eSession | undefined;

export function setE2eSession(session: E2eSession): void {
  current = session;
}

export function e2eSession(): E2eSession {
  if (!current) throw new Error('e2e tests run through `npm run test:e2e` (out/test/e2e/runE2e.js), not on their own.');
  return current;
}
