// The one card any failure becomes: what went wrong in plain words, and a button that tries the same thing again.
import type { ActionParams, CardSpec } from './card-spec';
import { escapeCardText, html } from './card-text';

export interface ErrorCardModel {
  /** A message the user can act on; it may quote outside text, so it is escaped. */
  message: string;
  /** The action to run again; absent when trying again cannot help. */
  retry?: ActionParams;
}

/** The error card. */
export function buildErrorCard(model: ErrorCardModel): CardSpec {
  const widgets: CardSpec['sections'][number]['widgets'] = [
    { type: 'text', html: escapeCardText(model.message, 1000) },
    { type: 'text', html: html`Nothing was sent or deleted.` },
  ];
  if (model.retry) widgets.push({ type: 'buttons', buttons: [{ text: 'Try again', filled: true, action: { kind: 'run', params: model.retry } }] });
  return { name: 'error', header: { title: 'Intro Guard could not do that' }, sections: [{ widgets }] };
}
