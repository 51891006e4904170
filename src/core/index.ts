// The headless core's public API: plain TypeScript, no `vscode`. Bundled as dist/core.js.
export type { Feed, FeedFormat, FeedItem, Snippet } from './model';
