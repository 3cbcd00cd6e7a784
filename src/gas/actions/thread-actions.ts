// Actions on the open thread: show its card, remember a corrected kind, open one of its drafts.
import { ACTION, FIELD } from '../../cards/action-names';
import { KIND_NAMES } from '../../cards/describe-thread';
import { InputError } from '../../core/input-error';
import { INTRO_KINDS, type IntroKind } from '../../core/triage/verdict';
import { formValue, gmailEvent, type ActionRegistry } from '../action-registry';
import { reviewOpenThread, threadCardReply } from './open-thread';

export const THREAD_ACTIONS: ActionRegistry = {
  [ACTION.showThread]: { respond: 'card', run: (request) => threadCardReply(request) },
  [ACTION.correctKind]: {
    respond: 'card',
    run: (request) => {
      const kind = formValue(request.event, FIELD.kind);
      if (!(INTRO_KINDS as readonly string[]).includes(kind)) throw new InputError('Pick what this thread is from the list, then save.');
      request.services.settings.saveKindCorrection(gmailEvent(request.event).threadId, kind as IntroKind);
      return threadCardReply(request, undefined, `Saved: Intro Guard treats this thread as ${KIND_NAMES[kind as IntroKind]}.`);
    },
  },
  [ACTION.draft]: {
    respond: 'draft',
    run: (request) => {
      const { review } = reviewOpenThread(request);
      const spec = review.drafts.find((d) => d.id === request.params.draft);
      if (!spec) throw new InputError('That draft no longer fits this thread. Open the thread again to see the drafts that do.');
      // Rule 1: the card shows the refusal instead of the button; a card drawn before the first ask still has it.
      if (spec.refusal) throw new InputError(spec.refusal);
      const draft = request.services.mailbox.createDraft(spec);
      request.services.log.recordDraft(review, spec.id);
      return { draft };
    },
  },
};
