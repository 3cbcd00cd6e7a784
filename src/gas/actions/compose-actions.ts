// Actions beside a message being written: show the compose card, insert a template, move a recipient to BCC.
import { ACTION } from '../../cards/action-names';
import { buildComposeCard } from '../../cards/compose-card';
import { composeFromTemplate, moveToBcc, type DraftRecipients } from '../../core/drafts/compose-edits';
import { firstName, personFromRecipient } from '../../core/drafts/person-names';
import { InputError } from '../../core/input-error';
import type { ActionRegistry, ActionRequest } from '../action-registry';

/**
 * The draft's recipients from the compose metadata (draftAccess METADATA). The card also carries the
 * lists it was drawn with, used only if an event lacks them, so a move can never blank To.
 */
function recipients({ event, params }: ActionRequest): DraftRecipients {
  const gmail = event.gmail;
  if (gmail?.toRecipients) return { to: gmail.toRecipients, cc: gmail.ccRecipients ?? [], bcc: gmail.bccRecipients ?? [] };
  const list = (name: string) => (params[name] ? params[name].split('\n') : []);
  return { to: list('to'), cc: list('cc'), bcc: list('bcc') };
}

export const COMPOSE_ACTIONS: ActionRegistry = {
  [ACTION.showCompose]: {
    respond: 'card',
    run: (request) => {
      const me = request.services.signedInEmail().toLowerCase();
      const draft = recipients(request);
      const people = [...draft.to, ...draft.cc].map(personFromRecipient).filter((p) => p.email && p.email !== me);
      const snapshot = { to: draft.to.join('\n'), cc: draft.cc.join('\n'), bcc: draft.bcc.join('\n') };
      const card = buildComposeCard({ recipients: people.map((p) => ({ email: p.email, label: firstName(p) || p.email })), snapshot });
      return { card, navigation: 'update' };
    },
  },
  [ACTION.insertTemplate]: {
    respond: 'draftEdit',
    run: (request) => {
      const id = request.params.template;
      if (id !== 'consent-ask' && id !== 'write-the-intro') throw new InputError(`Intro Guard has no compose template called "${id}".`);
      const people = recipients(request).to.map(personFromRecipient);
      return { draftEdit: composeFromTemplate(id, people, request.services.settings.load(), request.services.signedInEmail()) };
    },
  },
  [ACTION.moveToBcc]: {
    respond: 'draftEdit',
    run: (request) => {
      const draft = recipients(request);
      const email = request.params.email ?? '';
      if (![...draft.to, ...draft.cc].some((r) => personFromRecipient(r).email === email.toLowerCase())) {
        throw new InputError(`${email} is no longer in To or Cc of this draft.`);
      }
      return { draftEdit: moveToBcc(email, draft, request.services.settings.load(), request.services.signedInEmail()) };
    },
  },
};
