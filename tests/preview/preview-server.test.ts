// Tests for the preview server: it serves the page, checks what the page sends, and says clearly when the port is taken.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { loadPageAssets, type PageAssets } from '../../src/preview/page-assets';
import type { CallRequest, CallResult, PreviewSession, PreviewState } from '../../src/preview/preview-api';
import { PortInUseError, startPreviewServer, type RunningPreview } from '../../src/preview/preview-server';

const emptyState: PreviewState = { owner: 'alex.morgan@example.com', addOnName: 'Intro Guard', universalActions: [], threads: [], drafts: [], log: null };

/** Records what the server asks of the session, so each test can check the request reached it intact. */
class RecordingSession implements PreviewSession {
  calls: unknown[] = [];
  private result(): CallResult {
    return { response: { type: 'none' }, error: null, state: emptyState };
  }
  state() {
    return emptyState;
  }
  thread(id: string) {
    return id === 't1' ? { id, subject: 'Hello', messages: [] } : null;
  }
  openThread(threadId: string) {
    this.calls.push(['open', threadId]);
    return this.result();
  }
  openHomepage() {
    this.calls.push(['homepage']);
    return this.result();
  }
  runUniversalAction(fn: string) {
    this.calls.push(['universal', fn]);
    return this.result();
  }
  openCompose(draftId: string) {
    this.calls.push(['compose', draftId]);
    return this.result();
  }
  call(request: CallRequest) {
    this.calls.push(['call', request]);
    return this.result();
  }
  async addMailFile(fileName: string, bytes: Uint8Array) {
    const text = Buffer.from(bytes).toString('utf8');
    if (!text.includes('Subject:')) throw new Error('no mail headers found');
    return [{ id: 'u1', subject: 'Uploaded', from: 'x', date: '', file: fileName, uploaded: true }];
  }
}

let assets: PageAssets;
let session: RecordingSession;
let preview: RunningPreview;

beforeAll(async () => {
  assets = await loadPageAssets(process.cwd());
});

beforeEach(async () => {
  session = new RecordingSession();
  preview = await startPreviewServer({ port: 0, session, assets });
});

afterEach(() => preview.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const body = async (response: Response): Promise<any> => response.json();

const post = (path: string, body: unknown) =>
  fetch(new URL(path, preview.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('startPreviewServer', () => {
  it('listens on 127.0.0.1 and serves the page, its style and its script built from the repo', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await (await fetch(preview.url)).text();
    expect(page).toContain('<script src="/page.js"></script>');
    expect(page).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    const script = await fetch(new URL('/page.js', preview.url));
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('/api/call');
    expect((await fetch(new URL('/page.css', preview.url))).status).toBe(200);
  });

  it('passes a button press to the session with its parameters and form inputs', async () => {
    const formInputs = { outcome: ['met'], note: ['went well'] };
    const response = await post('/api/call', { function: 'dispatchAction', parameters: { action: 'log' }, formInputs });
    expect(response.status).toBe(200);
    expect(session.calls).toEqual([['call', { function: 'dispatchAction', parameters: { action: 'log' }, formInputs }]]);
  });

  it('routes thread opens, the homepage, universal actions and compose to the session', async () => {
    await post('/api/open', { threadId: 't1' });
    await post('/api/homepage', {});
    await post('/api/universal', { function: 'onSettingsUniversal' });
    await post('/api/compose', { draftId: 'd1' });
    expect(session.calls).toEqual([['open', 't1'], ['homepage'], ['universal', 'onSettingsUniversal'], ['compose', 'd1']]);
  });

  it('refuses a call whose function is not a plain name or whose parameters are not strings', async () => {
    const badName = await post('/api/call', { function: 'this.constructor', parameters: {} });
    expect(badName.status).toBe(400);
    expect((await body(badName)).error).toContain('not a function name');
    const badParameters = await post('/api/call', { function: 'dispatchAction', parameters: { n: 1 } });
    expect((await body(badParameters)).error).toBe('parameters must map names to strings');
    const badInputs = await post('/api/call', { function: 'dispatchAction', parameters: {}, formInputs: { note: 'x' } });
    expect((await body(badInputs)).error).toBe('formInputs must map names to lists of strings');
    expect(session.calls).toEqual([]);
  });

  it('answers a missing thread with 404 and an unknown path with a message', async () => {
    expect((await fetch(new URL('/api/thread?id=nope', preview.url))).status).toBe(404);
    expect((await body(await fetch(new URL('/api/thread?id=t1', preview.url)))).subject).toBe('Hello');
    const unknown = await fetch(new URL('/nothing', preview.url));
    expect(unknown.status).toBe(404);
  });

  it('adds an uploaded mail file and explains why it rejects one that is not mail', async () => {
    const good = await fetch(new URL('/api/upload?name=mine.eml', preview.url), { method: 'POST', body: 'Subject: hi\n\nbody' });
    expect((await body(good)).added[0].file).toBe('mine.eml');
    const notMail = await fetch(new URL('/api/upload?name=notes.eml', preview.url), { method: 'POST', body: 'just some notes' });
    expect(notMail.status).toBe(400);
    expect((await body(notMail)).error).toBe('notes.eml: no mail headers found');
    const wrongType = await fetch(new URL('/api/upload?name=photo.png', preview.url), { method: 'POST', body: 'x' });
    expect((await body(wrongType)).error).toBe('photo.png is not an .eml or .mbox file');
  });

  it('turns away a request addressed to another host name', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const url = new URL(preview.url);
      request({ host: url.hostname, port: url.port, path: '/api/state', headers: { host: 'attacker.example.com' } }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(status).toBe(403);
  });

  it('says the port is in use when another process holds it', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    await expect(startPreviewServer({ port, session, assets })).rejects.toEqual(new PortInUseError(port));
    blocker.close();
  });
});
