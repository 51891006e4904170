import type { ProgrammedResponse } from './feedServer';

/** Env var through which the integration and e2e runners hand the feed server's URL to tests. */
export const feedServerUrlVariable = 'TUTORIAL_READER_TEST_FEEDS_URL';

export interface FeedServerControl {
  url: string;
  urlOf(path: string): string;
  setResponse(path: string, response: ProgrammedResponse): Promise<void>;
  reset(): Promise<void>;
  requestCount(path: string): Promise<number>;
}

/**
 * Programs a feed server running in another process (the runner) over its /__control API:
 * integration tests inside the extension host use this, plain-Node tests use the FeedServer object directly.
 */
export function feedServerControl(url = process.env[feedServerUrlVariable]): FeedServerControl {
  if (!url) throw new Error(`${feedServerUrlVariable} is not set: run the tests through their runner (npm run test:integration).`);
  const base = url.replace(/\/$/, '');
  async function call(method: 'GET' | 'POST', action: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${base}/__control/${action}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const value: unknown = await response.json();
    if (!response.ok) throw new Error(`feed server control ${action} failed: ${response.status} ${JSON.stringify(value)}`);
    return value;
  }
  return {
    url: base,
    urlOf: (path) => `${base}${path}`,
    setResponse: async (path, response) => void (await call('POST', 'setResponse', { path, ...response })),
    reset: async () => void (await call('POST', 'reset')),
    requestCount: async (path) => ((await call('GET', 'requests')) as Record<string, number>)[path] ?? 0,
  };
}
