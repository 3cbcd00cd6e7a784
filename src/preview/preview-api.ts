// The JSON the preview server and its page exchange, and the session the server drives.
import type { CardJson } from './page/card-json';

/** One thread in the list on the left. */
export interface ThreadSummary {
  id: string;
  subject: string;
  from: string;
  date: string;
  /** The file it was read from: a sample's name or an uploaded file's name. */
  file: string;
  uploaded: boolean;
}

/** A thread as Gmail shows it: each message's headers, its new text, and the quoted history to expand. */
export interface ThreadView {
  id: string;
  subject: string;
  messages: {
    id: string;
    from: string;
    to: string;
    cc: string;
    date: string;
    text: string;
    /** Quoted and forwarded history, collapsed behind "•••" as Gmail does; '' when there is none. */
    history: string;
  }[];
}

/** A draft as the Drafts panel shows it; nothing in the preview is ever sent. */
export interface DraftView {
  id: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  /** The subject of the thread it replies in, or '' for a standalone draft. */
  inThread: string;
}

/** The intro log sheet as a grid of displayed values, header row first. */
export interface LogView {
  title: string;
  rows: string[][];
}

export interface PreviewState {
  owner: string;
  addOnName: string;
  universalActions: { label: string; function: string }[];
  threads: ThreadSummary[];
  drafts: DraftView[];
  log: LogView | null;
}

/** A card navigation step, in the order the add-on chained them. */
export type Navigation =
  | { pushCard: CardJson }
  | { updateCard: CardJson }
  | { popCard: true }
  | { popToRoot: true }
  | { popToCard: string };

/** What the add-on answered, in the terms the sidebar acts on. */
export type AddOnResponse =
  /** A trigger's cards (contextual, homepage, compose or universal): they replace the sidebar's stack. */
  | { type: 'cards'; cards: CardJson[] }
  /** An ActionResponse: navigation, a notification (toast), a link to open. */
  | { type: 'action'; navigations: Navigation[]; notification: string; openLink: string; stateChanged: boolean }
  /** A ComposeActionResponse: Gmail opens this draft for editing. */
  | { type: 'compose'; draftId: string }
  /** An UpdateDraftActionResponse: the open draft was changed. */
  | { type: 'update-draft'; draftId: string }
  /** A callback that returns nothing. */
  | { type: 'none' };

/** The result of every call into the add-on, with the state the call left behind. */
export interface CallResult {
  response: AddOnResponse | null;
  /** Set when the add-on itself threw: a bug the real sidebar would show as a blank card or an error. */
  error: string | null;
  state: PreviewState;
}

/** A press of a card control: the callback's global name, its parameters and the card's form inputs. It runs in the context (thread, homepage or draft) the sidebar last opened. */
export interface CallRequest {
  function: string;
  parameters: Record<string, string>;
  /** Each field's values, as the event's `formInputs[name].stringInputs.value`; a date picker gives its ms since epoch. */
  formInputs: Record<string, string[]>;
}

/** The add-on running under local fakes, as the server drives it. */
export interface PreviewSession {
  state(): PreviewState;
  thread(id: string): ThreadView | null;
  openThread(threadId: string): CallResult;
  openHomepage(): CallResult;
  runUniversalAction(functionName: string): CallResult;
  openCompose(draftId: string): CallResult;
  call(request: CallRequest): CallResult;
  /** Reads an uploaded .eml or .mbox file into the mailbox; throws a clear message when it is not mail. */
  addMailFile(fileName: string, bytes: Uint8Array): Promise<ThreadSummary[]>;
}
