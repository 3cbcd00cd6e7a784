// The words the sidebar uses for kinds, flags and rules, and the one-sentence summary of a thread.
import type { EtiquetteRule, FlagCode, IntroKind, Verdict } from '../core/triage/verdict';
import { fullName } from '../core/drafts/person-names';
import { escapeCardText, html, type CardHtml } from './card-text';

/** Below this confidence the card says "probably" and offers a correction. */
export const SURE_CONFIDENCE = 0.75;

export const KIND_NAMES: Record<IntroKind, string> = {
  intro: 'an intro to you',
  'my-intro': 'an intro you made',
  'intro-request': 'an intro request',
  'consent-ask': 'a double opt-in ask',
  other: 'not about an intro',
};

export const RULE_NAMES: Record<EtiquetteRule, string> = {
  1: 'Ask the target first',
  2: 'Offer the target a benefit',
  3: 'Reply at once and move the introducer to BCC',
  4: 'Tell the introducer what came of it',
  5: 'Keep contact details private',
  6: 'An intro you never agreed to creates no obligation',
};

export const FLAG_TITLES: Record<FlagCode, string> = {
  'no-consent': 'No sign you agreed to this first',
  'no-benefit': 'Nothing offered to the target',
  'brain-pick': 'A brain-pick is not a benefit',
  'contact-request': 'Asks for contact details',
  'sales-pitch': 'A sales pitch dressed as an intro',
};

/** "Probably an intro request" when unsure, "An intro request" when sure. */
export function kindTitle(kind: IntroKind, sure: boolean): string {
  const name = KIND_NAMES[kind];
  return sure ? name[0].toUpperCase() + name.slice(1) : `Probably ${name}`;
}

/** One sentence saying who does what: "<b>Dana</b> introduced you to <b>Tomás</b>." */
export function summarize(verdict: Verdict): CardHtml {
  const who = (name: string, fallback: string) => html`<b>${escapeCardText(name || fallback, 80)}</b>`;
  const lead = who(fullName(verdict.introducer), 'Someone');
  const parties = verdict.parties.map((p) => fullName(p)).filter(Boolean);
  const other = who(parties[0] ?? '', 'someone');
  switch (verdict.kind) {
    case 'intro':
      return html`${lead} introduced you to ${other}.`;
    case 'my-intro':
      return parties.length >= 2
        ? html`You introduced ${who(parties[0], '')} and ${who(parties[1], '')}.`
        : html`You introduced ${other}.`;
    case 'intro-request':
      return html`${lead} asks you to introduce them to ${other}.`;
    case 'consent-ask':
      return html`${lead} asks whether you'd like to meet ${other}.`;
    default:
      return html`Not about an introduction. Nothing to do here.`;
  }
}
