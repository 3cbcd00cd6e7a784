// Tests for the sidebar's card stack under navigation.
import type { CardJson } from '../../../src/preview/page/card-json';
import { navigate } from '../../../src/preview/page/card-stack';

const card = (name: string): CardJson => ({ name, header: { title: name } });
const names = (stack: CardJson[]) => stack.map((c) => c.name);

describe('navigate', () => {
  const stack = [card('thread'), card('log'), card('settings')];

  it('pushes, and replaces the top card in place', () => {
    expect(names(navigate(stack, [{ pushCard: card('error') }]))).toEqual(['thread', 'log', 'settings', 'error']);
    expect(names(navigate(stack, [{ updateCard: card('log-2') }]))).toEqual(['thread', 'log', 'log-2']);
  });

  it('pops one card, to the root, or to a named card, never below the root', () => {
    expect(names(navigate(stack, [{ popCard: true }]))).toEqual(['thread', 'log']);
    expect(names(navigate([card('thread')], [{ popCard: true }]))).toEqual(['thread']);
    expect(names(navigate(stack, [{ popToRoot: true }]))).toEqual(['thread']);
    expect(names(navigate(stack, [{ popToCard: 'log' }]))).toEqual(['thread', 'log']);
    expect(names(navigate(stack, [{ popToCard: 'missing' }]))).toEqual(['thread', 'log', 'settings']);
  });

  it('applies chained steps in order and leaves the given stack alone', () => {
    expect(names(navigate(stack, [{ popToRoot: true }, { pushCard: card('home') }]))).toEqual(['thread', 'home']);
    expect(names(stack)).toEqual(['thread', 'log', 'settings']);
  });
});
