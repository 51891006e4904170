// `node out/test/runner/serveFeeds.js [--port 8765]`: the test feed server on its own, until Ctrl-C.
// For F5 debugging of integration tests in desktop VS Code (.vscode/launch.json points the tests at it)
// and for poking at failure routes by hand with curl.
import { parseArgs } from 'node:util';
import { feedServerPaths, startFeedServer } from '../support/feedServer';
import { exitAfterShutdown, stopOnExit } from './shutdown';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '8765' } } });
  const feeds = await startFeedServer({ port: Number(values.port) });
  stopOnExit({ name: 'feed server', stop: () => feeds.close() });
  for (const seed of feeds.seeds) console.log(`${seed.label.padEnd(14)} ${seed.url}`);
  for (const [name, route] of Object.entries(feedServerPaths)) console.log(`${name.padEnd(14)} ${feeds.urlOf(route)}`);
  // .vscode/tasks.json waits for this line before launching the tests.
  console.log(`feed server listening on ${feeds.url}`);
}

main().catch((error: unknown) => {
  console.error('serve-feeds:', error instanceof Error ? error.message : error);
  return exitAfterShutdown(1);
});
