// The shape of an action handler and the registry the dispatcher looks actions up in.
import type { CardSpec } from '../cards/card-spec';
import type { DraftEdit } from '../core/drafts/compose-edits';
import type { Services } from './services';

export type AddonEvent = GoogleAppsScript.Addons.EventObject;

export interface ActionRequest {
  event: AddonEvent;
  params: Record<string, string>;
  services: Services;
}

/** What a handler answers; the dispatcher turns it into the response type its caller expects. */
export type Reply =
  | { card: CardSpec; navigation: 'update' | 'push'; notification?: string }
  | { notification: string }
  | { draft: GoogleAppsScript.Gmail.GmailDraft }
  | { draftEdit: DraftEdit };

/**
 * One action. `respond` says which response Gmail expects: a card (shown by a trigger, a universal
 * action or a button), a compose-action draft, or an edit of the draft being written.
 */
export interface ActionHandler {
  respond: 'card' | 'draft' | 'draftEdit';
  run(request: ActionRequest): Reply;
}

export type ActionRegistry = Readonly<Record<string, ActionHandler>>;

/** Joins handler groups into one registry; a name claimed twice is a programming error caught at load. */
export function combineActions(...groups: ActionRegistry[]): ActionRegistry {
  const registry: Record<string, ActionHandler> = {};
  for (const group of groups) {
    for (const [name, handler] of Object.entries(group)) {
      if (registry[name]) throw new Error(`action ${name} is registered twice`);
      registry[name] = handler;
    }
  }
  return registry;
}

/** A form field's first value from the event, '' when the card had no such field. */
export function formValue(event: AddonEvent, field: string): string {
  const input = event.commonEventObject?.formInputs?.[field];
  return (input?.stringInputs ?? input?.['']?.stringInputs)?.value?.[0] ?? '';
}

/** The Gmail part of the event, which every thread and compose action needs. */
export function gmailEvent(event: AddonEvent): GoogleAppsScript.Addons.GmailEventObject {
  if (!event.gmail?.messageId || !event.gmail.accessToken) throw new NoOpenMessageError();
  return event.gmail;
}

/** An action that needs an open message ran without one (e.g. the card outlived the thread). */
export class NoOpenMessageError extends Error {
  constructor() {
    super('No email is open. Open the thread again and Intro Guard will read it.');
  }
}
