// The card for an open thread: what it is, what breaks the etiquette with the sentence that shows it, and the drafts.
import { INTRO_KINDS, type Verdict } from '../core/triage/verdict';
import { ACTION, FIELD } from './action-names';
import type { ButtonSpec, CardSpec, SectionSpec, WidgetSpec } from './card-spec';
import { escapeCardText, html, plainCardText } from './card-text';
import { FLAG_TITLES, KIND_NAMES, RULE_NAMES, SURE_CONFIDENCE, kindTitle, summarize } from './describe-thread';

export interface DraftButtonModel {
  /** The draft's template id, sent back to the draft handler. */
  id: string;
  label: string;
  /** Opens a reply in the thread or a new message. */
  reply: boolean;
  /** What the user still does in the draft, '' when nothing. */
  note: string;
  /** Why the draft may not be opened, shown in place of its button; '' when it may. */
  refusal: string;
}

export interface ThreadCardModel {
  subject: string;
  verdict: Verdict;
  /** True when the kind is the user's own correction rather than the triage's. */
  corrected: boolean;
  drafts: DraftButtonModel[];
  /** The intro log's section for this thread: its record, the button to log it, or what keeps the log from working. */
  log?: SectionSpec;
}

const MAX_FLAGS_SHOWN = 20;

/** The thread card: a one-line card for threads that are not about intros, the full picture otherwise. */
export function buildThreadCard(model: ThreadCardModel): CardSpec {
  const { verdict } = model;
  const sure = model.corrected || verdict.confidence >= SURE_CONFIDENCE;
  const header = { title: kindTitle(verdict.kind, sure), subtitle: plainCardText(model.subject || '(no subject)', 120) };
  const correction = correctionSection(model, sure);
  if (verdict.kind === 'other') {
    return { name: 'thread', header, sections: [{ widgets: [{ type: 'text', html: summarize(verdict) }] }, correction] };
  }
  const sections: SectionSpec[] = [summarySection(verdict), etiquetteSection(verdict)];
  if (model.drafts.length > 0) sections.push(draftsSection(model.drafts));
  if (model.log) sections.push(model.log);
  sections.push(correction);
  return { name: 'thread', header, sections };
}

function summarySection(verdict: Verdict): SectionSpec {
  const widgets: WidgetSpec[] = [{ type: 'text', html: summarize(verdict) }];
  if (verdict.kindEvidence) widgets.push({ type: 'text', html: html`<i>“${escapeCardText(verdict.kindEvidence, 300)}”</i>` });
  return { widgets };
}

function etiquetteSection(verdict: Verdict): SectionSpec {
  const header = html`Etiquette`;
  if (verdict.flags.length === 0) {
    const widgets: WidgetSpec[] = [{ type: 'text', html: html`<b>Well-formed.</b> Nothing here breaks double opt-in etiquette.` }];
    if (verdict.consent.shown && verdict.consent.evidence) {
      widgets.push({ type: 'decorated', topLabel: 'Consent shown', html: html`“${escapeCardText(verdict.consent.evidence, 300)}”` });
    }
    return { header, widgets };
  }
  const widgets: WidgetSpec[] = verdict.flags.slice(0, MAX_FLAGS_SHOWN).map((flag) => ({
    type: 'decorated',
    topLabel: plainCardText(`Rule ${flag.rule}: ${RULE_NAMES[flag.rule]}`),
    html: html`<b>${escapeCardText(FLAG_TITLES[flag.code])}</b><br>“${escapeCardText(flag.evidence, 300)}”`,
    bottomLabel: plainCardText(flag.reason, 200),
  }));
  return { header, widgets };
}

function draftsSection(drafts: DraftButtonModel[]): SectionSpec {
  const widgets: WidgetSpec[] = drafts.map((d) => {
    if (d.refusal) return { type: 'text', html: html`<b>Ask once.</b> ${escapeCardText(d.refusal)}` };
    const button: ButtonSpec = {
      text: plainCardText(d.label, 60),
      action: { kind: 'compose', draft: d.reply ? 'reply' : 'standalone', params: { action: ACTION.draft, draft: d.id } },
    };
    return d.note ? { type: 'decorated', html: escapeCardText(d.note), button } : { type: 'buttons', buttons: [button] };
  });
  return { header: html`Drafts (nothing is sent until you press Send)`, widgets };
}

// Open when the triage is unsure, folded away when it is sure, so a wrong kind can always be fixed.
function correctionSection(model: ThreadCardModel, sure: boolean): SectionSpec {
  const current = model.verdict.kind;
  return {
    header: html`Not right? Set what this thread is`,
    ...(sure ? { collapsible: { visibleWidgets: 0 } } : {}),
    widgets: [
      {
        type: 'choice', style: 'dropdown', field: FIELD.kind, title: 'This thread is',
        choices: INTRO_KINDS.map((kind) => ({ text: KIND_NAMES[kind], value: kind, selected: kind === current })),
      },
      { type: 'buttons', buttons: [{ text: 'Save for this thread', action: { kind: 'run', params: { action: ACTION.correctKind } } }] },
    ],
  };
}
