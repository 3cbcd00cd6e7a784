// The card beside a message being written: write a double opt-in ask or an intro, or move someone to BCC.
import { ACTION } from './action-names';
import type { ButtonSpec, CardSpec, SectionSpec } from './card-spec';
import { html, plainCardText } from './card-text';

export interface ComposeCardModel {
  /** People in the draft's To and Cc, as the compose metadata names them. */
  recipients: { email: string; label: string }[];
  /** The draft's To, Cc and Bcc when the card was drawn, one address a line, carried by every button. */
  snapshot: { to: string; cc: string; bcc: string };
}

/** The compose card; the BCC buttons appear only when the draft has recipients to move. */
export function buildComposeCard(model: ComposeCardModel): CardSpec {
  const insert = (text: string, template: string): ButtonSpec => ({
    text, action: { kind: 'updateDraft', params: { action: ACTION.insertTemplate, template, ...model.snapshot } },
  });
  const sections: SectionSpec[] = [{
    widgets: [
      { type: 'text', html: html`Names come from the draft's recipients; anything unknown shows in [brackets] for you to fill in.` },
      { type: 'buttons', buttons: [insert('Write a double opt-in ask', 'consent-ask'), insert('Write the intro (both said yes)', 'write-the-intro')] },
    ],
  }];
  if (model.recipients.length > 0) {
    sections.push({
      header: html`Replying to an intro?`,
      widgets: [
        { type: 'text', html: html`Thank the introducer and move them to BCC: they leave To and Cc, stay in BCC, and the thanks goes into your text.` },
        {
          type: 'buttons',
          buttons: model.recipients.map((r) => ({
            text: plainCardText(`Move ${r.label} to BCC`, 60),
            action: { kind: 'updateDraft' as const, params: { action: ACTION.moveToBcc, email: r.email, ...model.snapshot } },
          })),
        },
      ],
    });
  }
  return { name: 'compose', header: { title: 'Intro Guard' }, sections };
}
