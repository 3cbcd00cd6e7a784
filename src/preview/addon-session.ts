// The add-on as the preview runs it: the built dist/Code.js in a vm with the local fakes, over the sample threads and uploads.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readMailFile } from '../cli/mail-file';
import { parseAddressList, parsePerson } from '../core/thread/parse-addresses';
import type { RawMessage } from '../core/thread/thread';
import { actionEvent, composeEvent, gmailMessageEvent, homepageEvent, type AddonEvent } from '../local/addon-events';
import { cardServiceKindOf } from '../local/fake-card-service';
import { FakeGmailApp } from '../local/fake-gmail-app';
import { FakePropertiesService } from '../local/fake-properties-service';
import { FakeSession } from '../local/fake-session';
import { FakeSheetsService } from '../local/fake-sheets-service';
import { loadAddon, type LoadedAddon } from '../local/load-addon';
import { toAddOnResponse } from './addon-response';
import { applyDraftUpdate } from './draft-update';
import { logSheetView } from './log-sheet-view';
import type { CallRequest, CallResult, DraftView, PreviewSession, PreviewState, ThreadSummary } from './preview-api';
import { toThreadView } from './thread-view';

/** The mailbox owner the samples are written for (samples/README.md). */
export const PREVIEW_OWNER = 'alex.morgan@example.com';

export interface AddonSessionOptions {
  /** The repo root: the bundle and manifest are read from dist/, the threads from samples/. */
  rootDir: string;
  /** Where uploads, user properties and the spreadsheets are kept between runs (preview-data/ for npm start). */
  dataDir: string;
}

interface Manifest {
  addOns: {
    common: { name: string; homepageTrigger?: { runFunction: string }; universalActions?: { label: string; runFunction?: string }[] };
    gmail: { contextualTriggers: { onTriggerFunction: string }[]; composeTrigger?: { selectActions: { runFunction: string }[] } };
  };
}

interface MailboxThread {
  summary: ThreadSummary;
  raws: RawMessage[];
  messageIds: string[];
}

/** Builds the mailbox from samples/ and earlier uploads, then loads the bundle with the fakes around it. */
export async function createAddonSession(options: AddonSessionOptions): Promise<PreviewSession> {
  const manifest = JSON.parse(readFileSync(join(options.rootDir, 'dist/appsscript.json'), 'utf8')) as Manifest;
  const uploadsDir = join(options.dataDir, 'uploads');
  mkdirSync(options.dataDir, { recursive: true });
  const gmail = new FakeGmailApp({ owner: PREVIEW_OWNER });
  const threads = new Map<string, MailboxThread>();

  const addMailFile = async (path: string, uploaded: boolean): Promise<ThreadSummary> => {
    const raws = await readMailFile(path);
    const { threadId, messageIds } = await gmail.addMailFile(path);
    const first = raws[0];
    const summary: ThreadSummary = {
      id: threadId,
      subject: first.subject,
      from: senderName(first.from),
      date: raws[raws.length - 1].date.toISOString(),
      file: basename(path),
      uploaded,
    };
    threads.set(threadId, { summary, raws, messageIds });
    return summary;
  };
  for (const file of mailFilesIn(join(options.rootDir, 'samples'))) await addMailFile(file, false);
  for (const file of mailFilesIn(uploadsDir)) {
    // An upload that no longer reads is skipped, not fatal: the preview must still start.
    await addMailFile(file, true).catch((error: unknown) => console.warn(`skipped ${file}: ${error instanceof Error ? error.message : String(error)}`));
  }

  const properties = new FakePropertiesService({ file: join(options.dataDir, 'user-properties.json') });
  const sheets = new FakeSheetsService(join(options.dataDir, 'spreadsheets.json'));
  const addon: LoadedAddon = loadAddon({
    bundlePath: join(options.rootDir, 'dist/Code.js'),
    gmail,
    properties,
    sheets,
    session: new FakeSession({ activeUser: PREVIEW_OWNER }),
  });
  const common = manifest.addOns.common;
  const universalActions = (common.universalActions ?? []).flatMap((a) => (a.runFunction ? [{ label: a.label, function: a.runFunction }] : []));
  // The event of what the sidebar last opened; button presses carry it, as Gmail's do.
  let context: AddonEvent = homepageEvent();
  let composeDraftId: string | null = null;

  const state = (): PreviewState => ({
    owner: PREVIEW_OWNER,
    addOnName: common.name,
    universalActions,
    threads: [...threads.values()].map((t) => t.summary),
    drafts: gmail.drafts().map((d): DraftView => ({
      id: d.id,
      to: d.to,
      cc: d.cc,
      bcc: d.bcc,
      subject: d.subject,
      body: d.body,
      inThread: (d.threadId && threads.get(d.threadId)?.summary.subject) || '',
    })),
    log: logSheetView(properties, sheets),
  });

  const run = (functionName: string, event: AddonEvent): CallResult => {
    try {
      const value = addon.run(functionName, event);
      const response = toAddOnResponse(value, cardServiceKindOf);
      if (response.type === 'update-draft' && composeDraftId) {
        updateDraft(gmail, composeDraftId, value as Record<string, unknown>);
        return { response: { type: 'update-draft', draftId: composeDraftId }, error: null, state: state() };
      }
      return { response, error: null, state: state() };
    } catch (error) {
      return { response: null, error: describeError(error), state: state() };
    }
  };

  const open = (event: AddonEvent, draftId: string | null = null) => {
    context = event;
    composeDraftId = draftId;
    return event;
  };

  return {
    state,
    thread: (id) => {
      const thread = threads.get(id);
      return thread ? toThreadView(id, thread.raws) : null;
    },
    openThread: (threadId) => {
      const thread = threads.get(threadId);
      if (!thread) return { response: null, error: `no thread ${threadId}`, state: state() };
      // Gmail runs the contextual trigger for the message shown last, the newest.
      const messageId = thread.messageIds[thread.messageIds.length - 1];
      return run(manifest.addOns.gmail.contextualTriggers[0].onTriggerFunction, open(gmailMessageEvent({ messageId, threadId })));
    },
    openHomepage: () => run(common.homepageTrigger?.runFunction ?? '', open(homepageEvent())),
    runUniversalAction: (functionName) => {
      if (!universalActions.some((a) => a.function === functionName)) {
        return { response: null, error: `${functionName} is not a universal action in appsscript.json`, state: state() };
      }
      return run(functionName, context);
    },
    openCompose: (draftId) => {
      const draft = gmail.drafts().find((d) => d.id === draftId);
      const trigger = manifest.addOns.gmail.composeTrigger?.selectActions[0]?.runFunction;
      if (!draft || !trigger) return { response: null, error: draft ? 'appsscript.json has no compose trigger' : `no draft ${draftId}`, state: state() };
      // With draftAccess METADATA Gmail passes the draft's recipients as bare addresses.
      const list = (value: string) => parseAddressList(value).map((p) => p.email).filter(Boolean);
      const event = composeEvent({ to: list(draft.to), cc: list(draft.cc), bcc: list(draft.bcc), threadId: draft.threadId ?? undefined });
      return run(trigger, open(event, draftId));
    },
    call: (request: CallRequest) => run(request.function, actionEvent(context, { parameters: request.parameters, formInputs: request.formInputs })),
    addMailFile: async (fileName, bytes) => {
      mkdirSync(uploadsDir, { recursive: true });
      const path = freePath(uploadsDir, basename(fileName));
      writeFileSync(path, bytes);
      try {
        return [await addMailFile(path, true)];
      } catch (error) {
        rmSync(path);
        throw error;
      }
    },
  };
}

function mailFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.(eml|mbox)$/i.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** `name` in `dir`, numbered when a file of that name is already there, so an upload never replaces another. */
function freePath(dir: string, name: string): string {
  const dot = name.lastIndexOf('.');
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? name : `${name.slice(0, dot)}-${n}${name.slice(dot)}`);
    if (!existsSync(candidate)) return candidate;
  }
}

function updateDraft(gmail: FakeGmailApp, draftId: string, update: Record<string, unknown>): void {
  const draft = gmail.drafts().find((d) => d.id === draftId);
  if (!draft) return;
  const next = applyDraftUpdate(draft, update);
  gmail.api.getDraft(draftId).update(next.to, next.subject, next.body, { cc: next.cc, bcc: next.bcc });
}

function senderName(from: string): string {
  const person = parsePerson(from);
  return person?.name || person?.email || from;
}

// The stack says where in the bundle the add-on failed, which is what its developer needs.
function describeError(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}
