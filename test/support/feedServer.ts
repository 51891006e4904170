import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { loadSeeds, type SeedFile } from './seeds';

/** What a programmed route answers. `hang: true` never answers (for timeout tests). */
export interface ProgrammedResponse {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  hang?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Status answered; undefined while the request hangs. */
  status?: number;
}

export interface SeedRoute {
  label: string;
  path: string;
  url: string;
}

export interface FeedServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  /** Absolute URL of a path on this server. */
  urlOf(path: string): string;
  /** One route per seed feed: /freecodecamp.xml, /docker.xml, /forem.xml, /medium.xml, /substack.xml. */
  seeds: SeedRoute[];
  /** Replaces what `path` answers until reset() (also for the seed and failure routes). */
  setResponse(path: string, response: ProgrammedResponse): void;
  /** Drops programmed responses and the request log. */
  reset(): void;
  /** Requests to `path` so far (control requests are not counted). */
  requestCount(path: string): number;
  readonly requests: readonly RecordedRequest[];
  close(): Promise<void>;
}

/** Fixed routes for failure tests; `controlPath` lets tests in another process program the server over HTTP. */
export const feedServerPaths = {
  serverError: '/error/500',
  garbage: '/garbage.xml',
  hang: '/hang.xml',
  redirect301: '/redirect/301',
  redirect302: '/redirect/302',
  redirectChain: '/redirect/chain',
  redirectLoop: '/redirect/loop-a',
  discoveryPage: '/site/',
  rateLimited: '/rate-limited.xml',
  control: '/__control',
} as const;

/** Retry-After the rate-limited route sends, in seconds. */
export const rateLimitRetryAfterSeconds = 120;

interface StaticFeed {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
  contentType: string;
}

function contentTypeOf(text: string): string {
  const head = text.slice(0, 2000);
  if (head.trimStart().startsWith('{')) return 'application/feed+json; charset=utf-8';
  if (/<feed[\s>]/.test(head)) return 'application/atom+xml; charset=utf-8';
  if (/<rdf:RDF[\s>]/.test(head)) return 'application/rdf+xml; charset=utf-8';
  return 'application/rss+xml; charset=utf-8';
}

function staticFeed(text: string): StaticFeed {
  const body = Buffer.from(text, 'utf8');
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  return { body, gzipped: gzipSync(body), etag, contentType: contentTypeOf(text) };
}

function fixedRoutes(firstSeedPath: string): Record<string, ProgrammedResponse> {
  const redirect = (status: number, location: string): ProgrammedResponse => ({ status, headers: { location }, body: '' });
  return {
    [feedServerPaths.serverError]: { status: 500, body: 'Internal Server Error', headers: { 'content-type': 'text/plain' } },
    [feedServerPaths.garbage]: { status: 200, body: '\u0000\u0001 this is <not <a feed', headers: { 'content-type': 'application/rss+xml' } },
    [feedServerPaths.hang]: { hang: true },
    [feedServerPaths.redirect301]: redirect(301, firstSeedPath),
    [feedServerPaths.redirect302]: redirect(302, firstSeedPath),
    [feedServerPaths.redirectChain]: redirect(302, feedServerPaths.redirect301),
    [feedServerPaths.redirectLoop]: redirect(302, '/redirect/loop-b'),
    '/redirect/loop-b': redirect(301, feedServerPaths.redirectLoop),
    [feedServerPaths.rateLimited]: {
      status: 429,
      body: 'Too Many Requests',
      headers: { 'content-type': 'text/plain', 'retry-after': String(rateLimitRetryAfterSeconds) },
    },
    [feedServerPaths.discoveryPage]: {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: [
        '<!doctype html><html><head><title>A tutorial blog</title>',
        `<link rel="alternate" type="application/rss+xml" title="Tutorials" href="${firstSeedPath}">`,
        '</head><body><p>Articles live in the feed.</p></body></html>',
      ].join('\n'),
    },
  };
}

function isNotModified(request: http.IncomingMessage, feed: StaticFeed, lastModified: string): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  // RFC 9110: If-None-Match wins over If-Modified-Since when both are sent.
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(',').some((tag) => tag.trim() === feed.etag || tag.trim() === '*');
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && since >= Date.parse(lastModified);
}

function wantsGzip(request: http.IncomingMessage): boolean {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A real HTTP server on 127.0.0.1 serving the seed feeds (ETag/Last-Modified, 304, gzip) and failure routes.
 * Control API for other processes (the extension host): POST /__control/setResponse {path, status?, body?, headers?, hang?},
 * POST /__control/reset, GET /__control/requests → {"/path": count}.
 */
export async function startFeedServer(options: { seeds?: SeedFile[]; port?: number } = {}): Promise<FeedServer> {
  const seeds = options.seeds ?? loadSeeds();
  // Whole seconds, an hour ago: HTTP dates have second precision.
  const lastModified = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000).toUTCString();
  const feeds = new Map(seeds.map((seed) => [`/${seed.label}.xml`, staticFeed(seed.text)]));
  const fixed = fixedRoutes([...feeds.keys()][0] ?? '/missing.xml');
  const programmed = new Map<string, ProgrammedResponse>();
  const requests: RecordedRequest[] = [];

  function answer(response: http.ServerResponse, record: RecordedRequest, status: number, headers: Record<string, string>, body: string | Buffer, isHead: boolean): void {
    record.status = status;
    response.writeHead(status, headers).end(isHead ? undefined : body);
  }

  function serveProgrammed(route: ProgrammedResponse, response: http.ServerResponse, record: RecordedRequest, isHead: boolean): void {
    if (route.hang) return;
    answer(response, record, route.status ?? 200, { 'content-type': 'application/rss+xml; charset=utf-8', ...route.headers }, route.body ?? '', isHead);
  }

  function serveFeed(feed: StaticFeed, request: http.IncomingMessage, response: http.ServerResponse, record: RecordedRequest, isHead: boolean): void {
    const headers: Record<string, string> = { etag: feed.etag, 'last-modified': lastModified, vary: 'Accept-Encoding', 'cache-control': 'no-cache' };
    if (isNotModified(request, feed, lastModified)) return answer(response, record, 304, headers, '', true);
    headers['content-type'] = feed.contentType;
    if (wantsGzip(request)) {
      return answer(response, record, 200, { ...headers, 'content-encoding': 'gzip', 'content-length': String(feed.gzipped.length) }, feed.gzipped, isHead);
    }
    answer(response, record, 200, { ...headers, 'content-length': String(feed.body.length) }, feed.body, isHead);
  }

  async function control(action: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const json = (status: number, value: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    };
    if (action === 'requests' && request.method === 'GET') {
      const counts: Record<string, number> = {};
      for (const { path } of requests) counts[path] = (counts[path] ?? 0) + 1;
      return json(200, counts);
    }
    if (action === 'reset' && request.method === 'POST') {
      server.reset();
      return json(200, { ok: true });
    }
    if (action === 'setResponse' && request.method === 'POST') {
      const { path, ...route } = JSON.parse(await readBody(request)) as ProgrammedResponse & { path?: string };
      if (typeof path !== 'string' || !path.startsWith('/')) return json(400, { error: 'path must start with /' });
      server.setResponse(path, route);
      return json(200, { ok: true });
    }
    json(404, { error: `unknown control action ${request.method} ${action}` });
  }

  const httpServer = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith(`${feedServerPaths.control}/`)) {
      control(path.slice(feedServerPaths.control.length + 1), request, response).catch((error: unknown) => {
        response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
      });
      return;
    }
    const record: RecordedRequest = { method: request.method ?? 'GET', path, headers: request.headers };
    requests.push(record);
    const isHead = request.method === 'HEAD';
    const route = programmed.get(path) ?? fixed[path];
    if (route) return serveProgrammed(route, response, record, isHead);
    const feed = feeds.get(path);
    if (feed) return serveFeed(feed, request, response, record, isHead);
    answer(response, record, 404, { 'content-type': 'text/plain' }, `no route for ${path}`, isHead);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  const server: FeedServer = {
    url,
    urlOf: (path) => `${url}${path}`,
    seeds: seeds.map((seed) => ({ label: seed.label, path: `/${seed.label}.xml`, url: `${url}/${seed.label}.xml` })),
    setResponse: (path, response) => void programmed.set(path, response),
    reset: () => {
      programmed.clear();
      requests.length = 0;
    },
    requestCount: (path) => requests.filter((record) => record.path === path).length,
    requests,
    close: () => new Promise<void>((resolve) => {
      // Hanging routes keep sockets open; drop them so the process can end.
      httpServer.closeAllConnections();
      httpServer.close(() => resolve());
    }),
  };
  return server;
}
