// The card shown when no thread is open: what Intro Guard does, the way to Settings, and what the log says is due.
import { ACTION } from './action-names';
import type { CardSpec, SectionSpec } from './card-spec';
import { html } from './card-text';

export interface HomeCardModel {
  /** The intro log's list of what is due, when there is a log. */
  dueList?: SectionSpec;
}

/** The homepage card. */
export function buildHomeCard(model: HomeCardModel): CardSpec {
  const about: SectionSpec = {
    widgets: [
      { type: 'text', html: html`Open an email thread to see whether an introduction follows double opt-in etiquette, and to draft the right reply in one click.` },
      { type: 'text', html: html`Drafts open in Gmail for you to edit. Nothing is sent until you press Send.` },
      { type: 'buttons', buttons: [{ text: 'Settings', action: { kind: 'run', params: { action: ACTION.showSettings } } }] },
    ],
  };
  return { name: 'home', header: { title: 'Intro Guard' }, sections: model.dueList ? [model.dueList, about] : [about] };
}
