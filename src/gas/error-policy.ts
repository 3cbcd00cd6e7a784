// The one error policy: every failure becomes a clear message, on the error card or, for fixable input, a notification.
import { buildErrorCard } from '../cards/error-card';
import type { ActionParams } from '../cards/card-spec';
import { trimForDisplay } from '../cards/card-text';
import { InputError } from '../core/input-error';
import { NoOpenMessageError } from './action-registry';
import { isLogProblem } from './intro-log-service';
import { renderCard } from './render-card';

/** True for errors the user fixes by changing what they typed; the card stays as it is. */
export function isInputError(error: unknown): error is Error {
  return error instanceof InputError;
}

/** The words the user sees: our own messages as they are, anything else summed up without a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof InputError || error instanceof NoOpenMessageError || isLogProblem(error)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Something went wrong (${trimForDisplay(detail, 200)}). Try again; if it keeps happening, reload Gmail.`;
}

/** The rendered error card; the stack goes to the execution log, never to the user. */
export function errorCard(error: unknown, retry?: ActionParams): GoogleAppsScript.Card_Service.Card {
  console.error(error);
  return renderCard(buildErrorCard({ message: errorMessage(error), retry }));
}
