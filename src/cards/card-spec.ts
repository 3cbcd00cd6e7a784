// The plain-data card every builder returns and one renderer turns into CardService calls (or the preview into HTML).
import type { CardHtml } from './card-text';

/** String parameters an action carries back to the dispatcher; `action` names the handler. */
export type ActionParams = { action: string } & Record<string, string>;

/**
 * What a widget does when pressed: run a handler and show its card, open a Gmail draft
 * (`compose`, handled in a compose-action callback), edit the draft being written
 * (`updateDraft`, compose UI only) or open a link.
 */
export type ActionSpec =
  | { kind: 'run'; params: ActionParams }
  | { kind: 'compose'; draft: 'reply' | 'standalone'; params: ActionParams }
  | { kind: 'updateDraft'; params: ActionParams }
  | { kind: 'openLink'; url: string };

export interface ButtonSpec {
  text: string;
  action: ActionSpec;
  filled?: boolean;
}

export interface ChoiceSpec {
  text: string;
  value: string;
  selected: boolean;
}

export type WidgetSpec =
  | { type: 'text'; html: CardHtml }
  | { type: 'decorated'; html: CardHtml; topLabel?: string; bottomLabel?: string; button?: ButtonSpec }
  | { type: 'buttons'; buttons: ButtonSpec[] }
  | { type: 'choice'; style: 'dropdown' | 'radio'; field: string; title: string; choices: ChoiceSpec[] }
  | { type: 'textInput'; field: string; title: string; value: string; hint?: string; multiline?: boolean }
  | { type: 'divider' };

export interface SectionSpec {
  /** Section headers take the card HTML subset, so they are escaped like text. */
  header?: CardHtml;
  /** Collapsed to the first `visibleWidgets` widgets until the user expands it. */
  collapsible?: { visibleWidgets: number };
  widgets: WidgetSpec[];
}

export interface CardSpec {
  /** Lets navigation find the card again, e.g. the root thread card. */
  name: string;
  header: { title: string; subtitle?: string };
  sections: SectionSpec[];
}
