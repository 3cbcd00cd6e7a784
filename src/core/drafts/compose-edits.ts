// What the compose card writes into the draft being edited: a filled template, or the introducer moved to BCC.
import { effectiveTemplates, templateIn } from '../templates/catalogue';
import type { UserSettings } from '../ports/settings-store';
import type { Person } from '../thread/thread';
import { fillDraftText, personValues } from './plan-drafts';
import { firstName, personFromRecipient } from './person-names';

/** Changes to the open draft; absent fields stay as they are. The body is inserted at the cursor. */
export interface DraftEdit {
  subject?: string;
  body?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
}

/** The draft's recipients as compose metadata gives them. */
export interface DraftRecipients {
  to: string[];
  cc: string[];
  bcc: string[];
}

function signOff(settings: UserSettings, signedIn: string): string {
  return settings.signOff.trim() || firstName({ name: '', email: signedIn });
}

function template(settings: UserSettings, id: string) {
  return templateIn(effectiveTemplates(settings.templates), id);
}

/**
 * A template for a message being written, names taken from its recipients: the double opt-in ask
 * goes to the first one (the target); the intro names the first two.
 */
export function composeFromTemplate(id: 'consent-ask' | 'write-the-intro', recipients: Person[], settings: UserSettings, signedIn: string): DraftEdit {
  const roles = id === 'consent-ask' ? { target: recipients[0] } : { person_a: recipients[0], person_b: recipients[1] };
  const { subject, body } = fillDraftText(template(settings, id), personValues(roles, signOff(settings, signedIn)));
  return subject ? { subject, body } : { body };
}

/**
 * Moves one recipient (the introducer) out of To and Cc into BCC and writes the thanks, addressed to
 * whoever stays in To. Lists are given whole because the compose UI's update actions replace them.
 */
export function moveToBcc(email: string, draft: DraftRecipients, settings: UserSettings, signedIn: string): DraftEdit {
  const moved = (recipient: string) => personFromRecipient(recipient).email === email.toLowerCase();
  const keep = (list: string[]) => list.filter((r) => !moved(r));
  const introducer = [...draft.to, ...draft.cc].filter(moved).map(personFromRecipient)[0] ?? { name: '', email };
  const others = keep(draft.to).map(personFromRecipient).filter((p) => p.email !== signedIn.toLowerCase());
  const bcc = draft.bcc.some(moved) ? draft.bcc : [...draft.bcc, email];
  const { body } = fillDraftText(template(settings, 'reply-move-to-bcc'), personValues({ introducer, other: others[0] }, signOff(settings, signedIn)));
  return { to: keep(draft.to), cc: keep(draft.cc), bcc, body };
}
