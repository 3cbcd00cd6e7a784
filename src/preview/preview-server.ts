// The local preview's HTTP server: serves the page and turns its requests into calls on the add-on session.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallRequest, PreviewSession } from './preview-api';
import type { PageAssets } from './page-assets';

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_JSON_BYTES = 1024 * 1024;

/** The port asked for is taken by another process. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is already in use`);
  }
}

/** A request the page should not have sent; its message is shown to the user. */
class BadRequestError extends Error {
  constructor(message: string, readonly status = 400) {
    super(message);
  }
}

export interface RunningPreview {
  url: string;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 only; port 0 picks a free port. */
export async function startPreviewServer(options: { port: number; session: PreviewSession; assets: PageAssets }): Promise<RunningPreview> {
  const { session, assets } = options;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof BadRequestError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) console.error(error);
      if (!response.headersSent) sendJson(response, status, { error: message });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://preview.local');
    // Only pages served from this address may drive the session (guards against DNS rebinding).
    const host = request.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) throw new BadRequestError('unknown host', 403);
    const route = `${request.method} ${url.pathname}`;
    const asset = request.method === 'GET' ? assets.get(url.pathname) : undefined;
    if (asset) {
      response.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'no-store' });
      response.end(asset.body);
      return;
    }
    switch (route) {
      case 'GET /api/state':
        return sendJson(response, 200, session.state());
      case 'GET /api/thread': {
        const thread = session.thread(url.searchParams.get('id') ?? '');
        if (!thread) throw new BadRequestError('no such thread', 404);
        return sendJson(response, 200, thread);
      }
      case 'POST /api/open':
        return sendJson(response, 200, session.openThread(stringField(await readJson(request), 'threadId')));
      case 'POST /api/homepage':
        return sendJson(response, 200, session.openHomepage());
      case 'POST /api/universal':
        return sendJson(response, 200, session.runUniversalAction(stringField(await readJson(request), 'function')));
      case 'POST /api/compose':
        return sendJson(response, 200, session.openCompose(stringField(await readJson(request), 'draftId')));
      case 'POST /api/call':
        return sendJson(response, 200, session.call(callRequest(await readJson(request))));
      case 'POST /api/upload': {
        const name = url.searchParams.get('name') ?? '';
        if (!/\.(eml|mbox)$/i.test(name)) throw new BadRequestError(`${name || 'that file'} is not an .eml or .mbox file`);
        const bytes = await readBody(request, MAX_UPLOAD_BYTES);
        try {
          return sendJson(response, 200, { added: await session.addMailFile(name, bytes), state: session.state() });
        } catch (error) {
          throw new BadRequestError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      default:
        throw new BadRequestError(`nothing at ${route}`, 404);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(options.port) : error));
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BadRequestError(`too large: the limit is ${Math.round(limit / 1024 / 1024)} MB`, 413);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const text = Buffer.from(await readBody(request, MAX_JSON_BYTES)).toString('utf8');
  try {
    const value: unknown = JSON.parse(text || '{}');
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new BadRequestError('expected a JSON object');
}

function stringField(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '') throw new BadRequestError(`${key} is missing`);
  return value;
}

function callRequest(body: Record<string, unknown>): CallRequest {
  const fn = stringField(body, 'function');
  if (!/^[A-Za-z_$][\w$]*$/.test(fn)) throw new BadRequestError(`not a function name: ${fn}`);
  const parameters = body.parameters ?? {};
  if (typeof parameters !== 'object' || Object.values(parameters).some((v) => typeof v !== 'string')) {
    throw new BadRequestError('parameters must map names to strings');
  }
  const formInputs = body.formInputs ?? {};
  const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (typeof formInputs !== 'object' || Array.isArray(formInputs) || !Object.values(formInputs).every(isStrings)) {
    throw new BadRequestError('formInputs must map names to lists of strings');
  }
  return { function: fn, parameters: parameters as Record<string, string>, formInputs: formInputs as Record<string, string[]> };
}
