// The sidebar's card stack under the navigation steps an ActionResponse carries.
import type { Navigation } from '../preview-api';
import type { CardJson } from './card-json';

/** The stack after each step in turn; the root card is never popped, as in Gmail. */
export function navigate(stack: readonly CardJson[], navigations: readonly Navigation[]): CardJson[] {
  let next = [...stack];
  for (const step of navigations) {
    if ('pushCard' in step) next.push(step.pushCard);
    else if ('updateCard' in step) next[Math.max(0, next.length - 1)] = step.updateCard;
    else if ('popCard' in step) next = next.slice(0, Math.max(1, next.length - 1));
    else if ('popToRoot' in step) next = next.slice(0, 1);
    else {
      const at = next.map((card) => card.name).lastIndexOf(step.popToCard);
      if (at >= 0) next = next.slice(0, at + 1);
    }
  }
  return next;
}
