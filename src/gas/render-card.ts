// The one place card data becomes CardService calls: cards, widgets, actions and the draft edits of the compose UI.
import type { ActionSpec, ButtonSpec, CardSpec, SectionSpec, WidgetSpec } from '../cards/card-spec';
import type { DraftEdit } from '../core/drafts/compose-edits';

/** Every button calls this global, which the build exports from src/main.ts. */
export const DISPATCH_FUNCTION = 'dispatchAction';

/** Builds the CardService card for a card spec. */
export function renderCard(spec: CardSpec): GoogleAppsScript.Card_Service.Card {
  const header = CardService.newCardHeader().setTitle(spec.header.title);
  if (spec.header.subtitle) header.setSubtitle(spec.header.subtitle);
  const card = CardService.newCardBuilder().setName(spec.name).setHeader(header);
  for (const section of spec.sections) card.addSection(renderSection(section));
  return card.build();
}

function renderSection(spec: SectionSpec): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection();
  if (spec.header) section.setHeader(spec.header);
  if (spec.collapsible) section.setCollapsible(true).setNumUncollapsibleWidgets(spec.collapsible.visibleWidgets);
  for (const widget of spec.widgets) section.addWidget(renderWidget(widget));
  return section;
}

function renderWidget(spec: WidgetSpec): GoogleAppsScript.Card_Service.Widget {
  switch (spec.type) {
    case 'text':
      return CardService.newTextParagraph().setText(spec.html);
    case 'decorated': {
      const widget = CardService.newDecoratedText().setText(spec.html).setWrapText(true);
      if (spec.topLabel) widget.setTopLabel(spec.topLabel);
      if (spec.bottomLabel) widget.setBottomLabel(spec.bottomLabel);
      if (spec.button) widget.setButton(renderButton(spec.button));
      return widget;
    }
    case 'buttons': {
      const set = CardService.newButtonSet();
      for (const button of spec.buttons) set.addButton(renderButton(button));
      return set;
    }
    case 'choice': {
      const type = spec.style === 'dropdown' ? CardService.SelectionInputType.DROPDOWN : CardService.SelectionInputType.RADIO_BUTTON;
      const input = CardService.newSelectionInput().setType(type).setFieldName(spec.field).setTitle(spec.title);
      for (const choice of spec.choices) input.addItem(choice.text, choice.value, choice.selected);
      return input;
    }
    case 'textInput': {
      const input = CardService.newTextInput().setFieldName(spec.field).setTitle(spec.title).setValue(spec.value);
      if (spec.hint) input.setHint(spec.hint);
      if (spec.multiline) input.setMultiline(true);
      return input;
    }
    case 'divider':
      return CardService.newDivider();
  }
}

function renderButton(spec: ButtonSpec): GoogleAppsScript.Card_Service.TextButton {
  const button = CardService.newTextButton().setText(spec.text);
  if (spec.filled) button.setTextButtonStyle(CardService.TextButtonStyle.FILLED);
  return attachAction(button, spec.action);
}

function attachAction(button: GoogleAppsScript.Card_Service.TextButton, spec: ActionSpec): GoogleAppsScript.Card_Service.TextButton {
  if (spec.kind === 'openLink') return button.setOpenLink(CardService.newOpenLink().setUrl(spec.url));
  const action = CardService.newAction()
    .setFunctionName(DISPATCH_FUNCTION)
    .setParameters(spec.params)
    .setLoadIndicator(CardService.LoadIndicator.SPINNER);
  if (spec.kind === 'compose') {
    const type = spec.draft === 'reply' ? CardService.ComposedEmailType.REPLY_AS_DRAFT : CardService.ComposedEmailType.STANDALONE_DRAFT;
    return button.setComposeAction(action, type);
  }
  // 'run' and 'updateDraft' are both plain clicks; what differs is the response their handler returns.
  return button.setOnClickAction(action);
}

/** The compose UI's response that edits the open draft; the body goes in at the cursor as plain text. */
export function renderDraftEdit(edit: DraftEdit): GoogleAppsScript.Card_Service.UpdateDraftActionResponse {
  const response = CardService.newUpdateDraftActionResponseBuilder();
  if (edit.body !== undefined) {
    response.setUpdateDraftBodyAction(
      CardService.newUpdateDraftBodyAction()
        .addUpdateContent(edit.body, CardService.ContentType.TEXT)
        .setUpdateType(CardService.UpdateDraftBodyType.IN_PLACE_INSERT),
    );
  }
  if (edit.subject !== undefined) response.setUpdateDraftSubjectAction(CardService.newUpdateDraftSubjectAction().addUpdateSubject(edit.subject));
  if (edit.to) response.setUpdateDraftToRecipientsAction(CardService.newUpdateDraftToRecipientsAction().addUpdateToRecipients(edit.to));
  if (edit.cc) response.setUpdateDraftCcRecipientsAction(CardService.newUpdateDraftCcRecipientsAction().addUpdateCcRecipients(edit.cc));
  if (edit.bcc) response.setUpdateDraftBccRecipientsAction(CardService.newUpdateDraftBccRecipientsAction().addUpdateBccRecipients(edit.bcc));
  return response.build();
}
