// Runs the built add-on with the local fakes for one mailbox owner, and walks its cards the way a user clicks them.
import { actionEvent, gmailMessageEvent, type AddonEvent } from '../../src/local/addon-events';
import type { Clock } from '../../src/core/ports/clock';
import { FakeGmailApp } from '../../src/local/fake-gmail-app';
import { FakeLockService } from '../../src/local/fake-lock-service';
import { FakePropertiesService } from '../../src/local/fake-properties-service';
import { FakeSession } from '../../src/local/fake-session';
import { FakeSheetsService } from '../../src/local/fake-sheets-service';
import { FakeUtilities } from '../../src/local/fake-utilities';
import { loadAddon, type LoadedAddon } from '../../src/local/load-addon';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Sidebar {
  addon: LoadedAddon;
  gmail: FakeGmailApp;
  properties: FakePropertiesService;
  session: FakeSession;
  sheets: FakeSheetsService;
  lock: FakeLockService;
  utilities: FakeUtilities;
}

export interface SidebarOptions {
  /** The user's properties at the start; empty unless given. */
  user?: Record<string, string>;
  /** Shared with another sidebar to stand for the same user's Drive; a new empty one unless given. */
  sheets?: FakeSheetsService;
  /** Leave out the Advanced Sheets service, as in a script whose manifest does not enable it. */
  withoutSheets?: boolean;
  /** The add-on's "now"; real time unless given. */
  clock?: Clock;
}

/**
 * The built bundle over a mailbox owned by `owner`, signed in as the owner, with the Advanced Sheets
 * service the manifest enables (Apps Script always provides it then).
 */
export function openSidebar(gmail: FakeGmailApp, owner: string, options: SidebarOptions = {}): Sidebar {
  const properties = new FakePropertiesService({ user: options.user ?? {} });
  const session = new FakeSession({ activeUser: owner });
  const sheets = options.sheets ?? new FakeSheetsService();
  const lock = new FakeLockService();
  const utilities = new FakeUtilities();
  const addon = loadAddon({ gmail, properties, session, lock, utilities, sheets: options.withoutSheets ? undefined : sheets, clock: options.clock });
  return { addon, gmail, properties, session, sheets, lock, utilities };
}

/** Opens the latest message of a thread, as Gmail's contextual trigger does, and returns the one card and its event. */
export function openThread(sidebar: Sidebar, threadId: string): { card: Json; event: AddonEvent } {
  const ids = sidebar.gmail.messageIdsOf(threadId);
  const event = gmailMessageEvent({ messageId: ids[ids.length - 1], threadId });
  const cards = sidebar.addon.run('onGmailMessageOpen', event) as Json[];
  if (cards.length !== 1) throw new Error(`expected one card, got ${cards.length}`);
  return { card: cards[0], event };
}

export interface Button {
  text: string;
  parameters: Record<string, string>;
  compose: string | null;
}

/** Every button on a card that calls the add-on, with its parameters and, for compose actions, the draft type. */
export function buttonsOf(card: Json): Button[] {
  const found: Button[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const value = node as Json;
    const onClick = value.onClick as Json | undefined;
    const action = onClick?.action as Json | undefined;
    if (typeof value.text === 'string' && action?.function) {
      const parameters = Object.fromEntries((action.parameters ?? []).map((p: Json) => [p.key, p.value]));
      found.push({ text: value.text, parameters, compose: onClick?.composedEmailType ?? null });
    }
    Object.values(value).forEach(visit);
  };
  visit(card);
  return found;
}

/** Presses a button: the event is the card's event plus the button's parameters and any form values. */
export function press(sidebar: Sidebar, from: AddonEvent, button: Button, formInputs: Record<string, string> = {}): Json {
  return sidebar.addon.run('dispatchAction', actionEvent(from, { parameters: button.parameters, formInputs })) as Json;
}

/** All text a card shows, joined, for "does it say ..." checks. */
export function textOf(card: Json): string {
  return JSON.stringify(card);
}
