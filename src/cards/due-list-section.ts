// The homepage's "due" section: each intro that needs the user, why, and a button to its thread.
import type { SectionSpec, WidgetSpec } from './card-spec';
import { escapeCardText, html } from './card-text';
import { dayText } from '../core/log/day-text';
import type { DueItem } from '../core/log/due-list';
import type { DueReason } from '../core/log/status-rules';

const WHAT: Record<DueReason, string> = {
  reply: 'Reply, and move the introducer to BCC',
  'consent-expiring': 'Consent ask expires soon',
  'consent-expired': 'No yes from the target: tell the requester kindly',
  outcome: 'How did it go? Record the outcome and tell the introducer',
};

/** The due list, or a calm line when nothing is due. */
export function buildDueListSection(items: readonly DueItem[]): SectionSpec {
  if (items.length === 0) return { header: html`Due`, widgets: [{ type: 'text', html: html`Nothing is due. Intros you log show up here when they need you.` }] };
  const widgets: WidgetSpec[] = items.map(({ record, reason, due }) => {
    const who = record.otherParties.map((party) => party.name || party.email).join(', ') || record.introducer.name || record.subject;
    return {
      type: 'decorated',
      topLabel: `${WHAT[reason]} · ${dayText(due)}`,
      html: html`<b>${escapeCardText(who, 80)}</b> ${escapeCardText(record.subject, 120)}`,
      button: { text: 'Open', action: { kind: 'openLink', url: record.threadLink } },
    };
  });
  return { header: html`Due`, collapsible: { visibleWidgets: 5 }, widgets };
}
