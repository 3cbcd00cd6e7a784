// Turns a thread's verdict into the drafts the sidebar offers: which template, to whom, and in which message.
import type { LoggedThread } from '../log/log-actions';
import type { Outcome } from '../log/intro-record';
import { templateIn } from '../templates/catalogue';
import { fillTemplate } from '../templates/fill-template';
import type { Template } from '../templates/template';
import type { Message, Person, Thread } from '../thread/thread';
import type { Verdict } from '../triage/verdict';
import type { DraftSpec } from './draft-spec';
import { firstName, fullName } from './person-names';

export interface DraftPlanInput {
  verdict: Verdict;
  thread: Thread;
  /** The owner's addresses, lower-case. */
  me: readonly string[];
  templates: readonly Template[];
  /** The user's sign-off name, '' to take it from the thread. */
  signOff: string;
  /** What the intro log holds for the thread; its follow-up drafts need it. Absent when unknown. */
  logged?: LoggedThread | null;
}

/** How the thank-you to the introducer words each outcome (rule 4); a declined intro was already answered. */
const OUTCOME_NEWS: Record<Exclude<Outcome, 'declined'>, string> = {
  met: 'we met, and it was a good conversation',
  'working together': 'we are now working together',
  hired: 'it led to a hire',
  invested: 'it led to an investment',
  'no fit': 'we talked, and it was not a fit in the end',
  'no response': 'we did not manage to connect in the end',
};

/** Placeholder values: `{role}` is a first name, `{role_full}` the full name. */
export type DraftValues = Record<string, string | undefined>;

/** The values for people playing roles in a draft, plus the sign-off. */
export function personValues(roles: Record<string, Person | null | undefined>, myName: string): DraftValues {
  const values: DraftValues = { my_name: myName };
  for (const [role, person] of Object.entries(roles)) {
    values[role] = firstName(person);
    values[`${role}_full`] = fullName(person);
  }
  return values;
}

/** Fills a template's subject and body together, collecting what is missing from both. */
export function fillDraftText(template: Template, values: DraftValues): Pick<DraftSpec, 'subject' | 'body' | 'missing'> {
  const subject = fillTemplate(template.subject, values);
  const body = fillTemplate(template.body, values);
  return { subject: subject.text, body: body.text, missing: [...new Set([...subject.missing, ...body.missing])] };
}

/**
 * The drafts that fit the verdict and what the log holds, in the order the card shows them; none for
 * `other`, and for `my-intro` only the follow-up once the intro is logged.
 */
export function planDrafts(input: DraftPlanInput): DraftSpec[] {
  const { verdict, thread } = input;
  const record = input.logged?.record ?? null;
  const mine = (email: string) => input.me.includes(email.toLowerCase());
  const fromOthers = thread.messages.filter((m) => !mine(m.from.email));
  const latestFrom = (person: Person | null | undefined): Message | undefined =>
    person?.email ? [...thread.messages].reverse().find((m) => m.from.email === person.email) : undefined;
  const lastFromOthers = fromOthers[fromOthers.length - 1];
  const lead = verdict.introducer;
  const other = verdict.parties[0] ?? null;
  const leadMessage = latestFrom(lead) ?? lastFromOthers;
  if (!leadMessage) return [];
  const myName = input.signOff.trim() || firstName(ownerPerson(thread, mine) ?? { name: '', email: input.me[0] ?? '' });
  const draft = (id: string, label: string, values: DraftValues, where: Partial<DraftSpec>): DraftSpec => ({
    id, label, note: '', refusal: '', reply: null, to: [], cc: [], bcc: [], ...fillDraftText(templateIn(input.templates, id), values), ...where,
  });
  const replyTo = (message: Message, all = false) => ({ reply: { messageId: message.id, all } });
  // An answer meant for the introducer or requester: a reply to their own message, or, when they only appear
  // quoted in someone else's message, a new message to them, since a reply cannot choose its recipients.
  const newMessageTo = (people: Person[]): Partial<DraftSpec> =>
    ({ to: people.map((p) => p.email), subject: /^re:/i.test(thread.subject) ? thread.subject : `Re: ${thread.subject}` });
  const toLead = (): Partial<DraftSpec> => {
    const own = latestFrom(lead);
    if (own || !lead?.email) return replyTo(own ?? leadMessage);
    return newMessageTo([lead]);
  };
  const leadName = firstName(lead);

  switch (verdict.kind) {
    case 'intro': {
      const values = personValues({ introducer: lead, other }, myName);
      const drafts: DraftSpec[] = [];
      if (lead?.email && !mine(lead.email)) drafts.push(moveToBcc(lead, latestFrom(other), leadMessage, values));
      drafts.push(draft('decline-kindly', 'Decline kindly', values, toLead()));
      if (record?.outcome && record.outcome !== 'declined') {
        drafts.push(draft('tell-introducer', `Tell ${leadName || 'the introducer'} how it went`, { ...values, outcome: OUTCOME_NEWS[record.outcome] }, toLead()));
      }
      return drafts;
    }
    case 'intro-request': {
      const values = { ...personValues({ requester: lead, target: other }, myName), blurb: leadMessage.newText.trim().slice(0, 3000) };
      const targetName = firstName(other) || 'the target';
      const ask = draft('consent-ask', `Ask ${targetName} first (double opt-in)`, values, { to: other?.email ? [other.email] : [] });
      if (!other?.email) ask.note = `No address for ${targetName} is in the thread: add it in To.`;
      ask.refusal = input.logged?.askRefusal ?? '';
      const drafts = [ask, draft('ask-for-blurb', 'Ask for a forwardable blurb', values, toLead())];
      if (verdict.flags.some((f) => f.code === 'contact-request')) {
        drafts.push(draft('decline-contact-details', 'Decline to share contact details', values, toLead()));
      }
      if (record?.consent === 'no' || record?.consent === 'no reply, treated as no') {
        drafts.push(draft('not-a-fit', `Tell ${leadName || 'the requester'} kindly it is not a fit`, values, toLead()));
      }
      return drafts;
    }
    case 'consent-ask': {
      const values = personValues({ introducer: lead, other }, myName);
      return [
        draft('consent-yes', 'Yes, happy to', values, toLead()),
        draft('consent-no', 'Not now, thanks', values, toLead()),
      ];
    }
    case 'my-intro': {
      const parties = verdict.parties.filter((p) => p.email && !mine(p.email));
      if (!record || record.outcome || parties.length === 0) return [];
      const values = personValues({ person_a: parties[0], person_b: parties[1] }, myName);
      return [draft('ask-how-it-went', 'Ask them how it went', values, newMessageTo(parties))];
    }
    default:
      return [];
  }

  // Gmail's reply-all always keeps the sender in To, so the best reply goes to the other person's own
  // message; until they have written, reply-all is the closest and the note says what to click.
  function moveToBcc(introducer: Person, otherMessage: Message | undefined, introMessage: Message, values: DraftValues): DraftSpec {
    const where = otherMessage ? replyTo(otherMessage) : replyTo(introMessage, true);
    const spec = draft('reply-move-to-bcc', `Reply and move ${leadName || 'the introducer'} to BCC`, values, { ...where, bcc: [introducer.email] });
    if (!otherMessage) {
      const who = leadName || introducer.email;
      spec.note = `Gmail keeps ${who} in To on a reply to all. In the draft, remove ${who} from To, or open Intro Guard from the draft's toolbar and press "Move ${who} to BCC".`;
    }
    return spec;
  }
}

/** The owner as the thread's headers name them, for the sign-off. */
function ownerPerson(thread: Thread, mine: (email: string) => boolean): Person | null {
  for (const m of thread.messages) {
    const found = [m.from, ...m.to, ...m.cc].find((p) => p.name && mine(p.email));
    if (found) return found;
  }
  return null;
}
