// Tests for reading the add-on's return values as the sidebar's next step.
import { toAddOnResponse } from '../../src/preview/addon-response';

const kinds = new Map<unknown, string>();
const built = <T extends object>(type: string, json: T): T => {
  kinds.set(json, type);
  return json;
};
const kindOf = (value: unknown) => kinds.get(value);

describe('toAddOnResponse', () => {
  const card = built('Card', { header: { title: 'Intro Guard' }, sections: [] });

  it('reads a trigger\'s card list, and a single card, as the cards to show', () => {
    expect(toAddOnResponse([card], kindOf)).toEqual({ type: 'cards', cards: [card] });
    expect(toAddOnResponse(card, kindOf)).toEqual({ type: 'cards', cards: [card] });
  });

  it('reads an ActionResponse as navigation, notification and link', () => {
    const response = built('ActionResponse', { navigations: [{ pushCard: card }, { popCard: true }], notification: { text: 'Logged' }, stateChanged: true });
    expect(toAddOnResponse(response, kindOf)).toEqual({
      type: 'action', navigations: [{ pushCard: card }, { popCard: true }], notification: 'Logged', openLink: '', stateChanged: true,
    });
  });

  it('reads a UniversalActionResponse as cards or a link', () => {
    expect(toAddOnResponse(built('UniversalActionResponse', { cards: [card] }), kindOf)).toEqual({ type: 'cards', cards: [card] });
    expect(toAddOnResponse(built('UniversalActionResponse', { openLink: { url: 'https://docs.google.com/spreadsheets/d/1' } }), kindOf)).toMatchObject({
      type: 'action', openLink: 'https://docs.google.com/spreadsheets/d/1',
    });
  });

  it('reads a compose response as the draft to open', () => {
    expect(toAddOnResponse(built('ComposeActionResponse', { gmailDraft: { id: 'r-1' } }), kindOf)).toEqual({ type: 'compose', draftId: 'r-1' });
    expect(toAddOnResponse(built('UpdateDraftActionResponse', {}), kindOf)).toEqual({ type: 'update-draft', draftId: '' });
  });

  it('reads nothing returned as no response', () => {
    expect(toAddOnResponse(undefined, kindOf)).toEqual({ type: 'none' });
  });

  it('names a value no builder built, and a builder whose build() was forgotten', () => {
    expect(() => toAddOnResponse({ header: {} }, kindOf)).toThrow('expected a built CardService response, got an object no CardService builder built');
    expect(() => toAddOnResponse(built('CardBuilder', {}), kindOf)).toThrow('got a CardBuilder whose .build() was never called');
    expect(() => toAddOnResponse([card, 'x'], kindOf)).toThrow('expected built cards, got [Card, string]');
  });
});
