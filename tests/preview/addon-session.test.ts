// Tests for the preview session: it runs a bundle's globals with the local fakes and reports what they answered.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAddonSession, PREVIEW_OWNER } from '../../src/preview/addon-session';
import type { CallResult, PreviewSession } from '../../src/preview/preview-api';

const rootDir = join(__dirname, 'fixtures/addon-root');
let dataDir: string;
let session: PreviewSession;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'intro-guard-preview-'));
  session = await createAddonSession({ rootDir, dataDir });
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const titleOf = (result: CallResult) => (result.response?.type === 'cards' ? result.response.cards[0].header?.title : undefined);
const firstThread = () => session.state().threads[0];

describe('createAddonSession', () => {
  it('lists the sample threads and the manifest\'s universal actions that run a function', () => {
    const state = session.state();
    expect(state.owner).toBe(PREVIEW_OWNER);
    expect(state.addOnName).toBe('Fixture Add-on');
    expect(state.universalActions).toEqual([{ label: 'Settings', function: 'onSettingsUniversal' }]);
    expect(state.threads).toEqual([
      expect.objectContaining({ subject: 'Alex <> Tomás: hiring your first data engineer', from: 'Dana Whitfield', file: 'intro.eml', uploaded: false }),
    ]);
    expect(session.thread(firstThread().id)?.messages).toHaveLength(1);
  });

  it('runs the homepage trigger and the contextual trigger with a token that opens the thread', () => {
    expect(titleOf(session.openHomepage())).toBe('Home');
    expect(titleOf(session.openThread(firstThread().id))).toBe('Alex <> Tomás: hiring your first data engineer');
  });

  it('runs a compose button in the open thread\'s context and shows the draft it made', () => {
    session.openThread(firstThread().id);
    const result = session.call({ function: 'onReply', parameters: { tone: 'warm' }, formInputs: {} });
    expect(result.error).toBeNull();
    expect(result.response).toEqual({ type: 'compose', draftId: result.state.drafts[0].id });
    expect(result.state.drafts[0]).toMatchObject({
      to: expect.stringContaining('dana@whitfield.example.org'),
      bcc: 'dana@whitfield.example.org',
      subject: 'Re: Alex <> Tomás: hiring your first data engineer',
      body: 'Thanks, moving you to Bcc (warm)',
      inThread: 'Alex <> Tomás: hiring your first data engineer',
    });
  });

  it('passes form inputs and reads back navigation and a notification', () => {
    const result = session.call({ function: 'onNote', parameters: {}, formInputs: { note: ['met on Tuesday'] } });
    expect(result.response).toMatchObject({ type: 'action', notification: 'Saved', navigations: [{ pushCard: { header: { title: 'Noted' } } }] });
  });

  it('opens the compose trigger on a draft and applies the draft update it answers with', () => {
    session.openThread(firstThread().id);
    const draftId = session.call({ function: 'onReply', parameters: { tone: 'warm' }, formInputs: {} }).state.drafts[0].id;
    expect(titleOf(session.openCompose(draftId))).toBe('To: dana@whitfield.example.org');
    const result = session.call({ function: 'onInsert', parameters: {}, formInputs: {} });
    expect(result.error).toBeNull();
    expect(result.response).toEqual({ type: 'update-draft', draftId });
    expect(result.state.drafts[0]).toMatchObject({ bcc: 'jordan@pike.example.org', body: 'Hello! Thanks, moving you to Bcc (warm)' });
  });

  it('runs a universal action only when the manifest names it', () => {
    expect(titleOf(session.runUniversalAction('onSettingsUniversal'))).toBe('Settings');
    expect(session.runUniversalAction('onReply').error).toBe('onReply is not a universal action in appsscript.json');
  });

  it('reports what the add-on did wrong instead of failing the page', () => {
    expect(session.call({ function: 'onForgotBuild', parameters: {}, formInputs: {} }).error).toContain('a CardBuilder whose .build() was never called');
    expect(session.call({ function: 'noSuchFunction', parameters: {}, formInputs: {} }).error).toContain('the add-on has no top-level function "noSuchFunction"');
  });

  it('shows the log sheet the add-on recorded, and keeps it and the user properties for the next start', async () => {
    expect(session.state().log).toBeNull();
    const logged = session.call({ function: 'onLog', parameters: {}, formInputs: {} });
    expect(logged.response).toMatchObject({ type: 'action', notification: 'Logged' });
    expect(logged.state.log).toEqual({ title: 'Fixture log › Log', rows: [['subject'], ['=1+2 stays text']] });
    const restarted = await createAddonSession({ rootDir, dataDir });
    expect(restarted.state().log).toEqual(logged.state.log);
  });

  it('keeps an upload for the next start and drops one that is not mail', async () => {
    const mail = 'From: Sam <sam@example.net>\nTo: alex.morgan@example.com\nSubject: Uploaded thread\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\nHello';
    const [added] = await session.addMailFile('mine.eml', new TextEncoder().encode(mail));
    expect(added).toMatchObject({ subject: 'Uploaded thread', file: 'mine.eml', uploaded: true });
    await expect(session.addMailFile('notes.eml', new TextEncoder().encode('just notes'))).rejects.toThrow('no mail headers found');
    expect(readdirSync(join(dataDir, 'uploads'))).toEqual(['mine.eml']);
    const restarted = await createAddonSession({ rootDir, dataDir });
    expect(restarted.state().threads.map((t) => t.file)).toEqual(['intro.eml', 'mine.eml']);
    const [again] = await restarted.addMailFile('mine.eml', new TextEncoder().encode(mail));
    expect(again.file).toBe('mine-2.eml');
  });
});
