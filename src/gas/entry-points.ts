// The add-on's entry points: each trigger, universal action and button runs one registered action under the error policy.
import { ACTION } from '../cards/action-names';
import type { ActionParams } from '../cards/card-spec';
import type { ActionHandler, ActionRegistry, AddonEvent, Reply } from './action-registry';
import { errorCard, errorMessage, isInputError } from './error-policy';
import { renderCard, renderDraftEdit } from './render-card';
import type { Services } from './services';

type Card = GoogleAppsScript.Card_Service.Card;

/** The functions the manifest names plus `dispatchAction`, the one global every button calls. */
export function createEntryPoints(registry: ActionRegistry, createServices: () => Services) {
  const handlerFor = (params: ActionParams): ActionHandler => {
    const handler = registry[params.action];
    if (!handler) throw new Error(`this button belongs to another version of Intro Guard (action "${params.action}")`);
    return handler;
  };
  const run = (event: AddonEvent, params: ActionParams): Reply =>
    handlerFor(params).run({ event, params, services: createServices() });
  const cardOf = (reply: Reply): Card => {
    if (!('card' in reply)) throw new Error('this action did not produce a card');
    return renderCard(reply.card);
  };

  /** Triggers (homepage, message open, compose) answer with a list of cards. */
  const cards = (params: ActionParams) => (event: AddonEvent): Card[] => {
    try {
      return [cardOf(run(event, params))];
    } catch (error) {
      return [errorCard(error, params)];
    }
  };

  /** Universal actions answer with a UniversalActionResponse. */
  const universal = (params: ActionParams) => (event: AddonEvent): GoogleAppsScript.Card_Service.UniversalActionResponse => {
    let card: Card;
    try {
      card = cardOf(run(event, params));
    } catch (error) {
      card = errorCard(error, params);
    }
    return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
  };

  /** Every button: the response type follows the handler; a failure shows the error card, or a notice for fixable input. */
  const dispatchAction = (event: AddonEvent) => {
    const params = { ...(event.commonEventObject?.parameters ?? {}) } as ActionParams;
    let handler: ActionHandler | undefined;
    try {
      handler = handlerFor(params);
      const reply = handler.run({ event, params, services: createServices() });
      if ('draft' in reply) return CardService.newComposeActionResponseBuilder().setGmailDraft(reply.draft).build();
      if ('draftEdit' in reply) return renderDraftEdit(reply.draftEdit);
      return actionResponse(reply);
    } catch (error) {
      if (isInputError(error)) return actionResponse({ notification: errorMessage(error) });
      // A draft or a draft edit cannot be retried from a plain button, so the retry reloads the card they came from.
      const retry = handler?.respond === 'draft' ? { action: ACTION.showThread } : handler?.respond === 'draftEdit' ? { action: ACTION.showCompose } : params;
      return CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().pushCard(errorCard(error, handler ? retry : undefined))).build();
    }
  };

  return {
    onHomepage: cards({ action: ACTION.showHome }),
    onGmailMessageOpen: cards({ action: ACTION.showThread }),
    onGmailCompose: cards({ action: ACTION.showCompose }),
    onIntroLogUniversal: universal({ action: ACTION.showIntroLog }),
    onSettingsUniversal: universal({ action: ACTION.showSettings }),
    dispatchAction,
  };
}

function actionResponse(reply: Extract<Reply, { notification: string }> | Extract<Reply, { card: unknown }>): GoogleAppsScript.Card_Service.ActionResponse {
  const response = CardService.newActionResponseBuilder();
  if ('card' in reply) {
    const card = renderCard(reply.card);
    const navigation = CardService.newNavigation();
    response.setNavigation(reply.navigation === 'push' ? navigation.pushCard(card) : navigation.updateCard(card));
  }
  if (reply.notification) response.setNotification(CardService.newNotification().setText(reply.notification));
  return response.build();
}
