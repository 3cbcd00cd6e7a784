// Actions on the open thread: show its card, remember a corrected kind, open one of its drafts.
import { ACTION, FIELD } from '../../cards/action-names';
import type { CardSpec } from '../../cards/card-spec';
import { KIND_NAMES } from '../../cards/describe-thread';
import { buildThreadCard } from '../../cards/thread-card';
import { InputError } from '../../core/input-error';
import { reviewThread, type ThreadReview } from '../../core/review/review-thread';
import { INTRO_KINDS, type IntroKind } from '../../core/triage/verdict';
import { formValue, gmailEvent, type ActionRegistry, type ActionRequest } from '../action-registry';
import type { Services } from '../services';

/** Reads the open thread in one pass and reviews it for the signed-in user. */
function review({ event, services }: ActionRequest): ThreadReview {
  const open = gmailEvent(event);
  const thread = services.mailbox.readThread({ accessToken: open.accessToken, messageId: open.messageId, threadId: open.threadId });
  return reviewThread(thread, services.signedInEmail(), services.settings.load());
}

function threadCard(reviewed: ThreadReview, services: Services): CardSpec {
  return buildThreadCard({
    subject: reviewed.thread.subject,
    verdict: reviewed.verdict,
    corrected: reviewed.corrected,
    drafts: reviewed.drafts.map((d) => ({ id: d.id, label: d.label, reply: d.reply !== null, note: d.note })),
    log: services.introLog?.threadSection(reviewed) ?? undefined,
  });
}

export const THREAD_ACTIONS: ActionRegistry = {
  [ACTION.showThread]: {
    respond: 'card',
    run: (request) => ({ card: threadCard(review(request), request.services), navigation: 'update' }),
  },
  [ACTION.correctKind]: {
    respond: 'card',
    run: (request) => {
      const kind = formValue(request.event, FIELD.kind);
      if (!(INTRO_KINDS as readonly string[]).includes(kind)) throw new InputError('Pick what this thread is from the list, then save.');
      request.services.settings.saveKindCorrection(gmailEvent(request.event).threadId, kind as IntroKind);
      const notification = `Saved: Intro Guard treats this thread as ${KIND_NAMES[kind as IntroKind]}.`;
      return { card: threadCard(review(request), request.services), navigation: 'update', notification };
    },
  },
  [ACTION.draft]: {
    respond: 'draft',
    run: (request) => {
      const reviewed = review(request);
      const spec = reviewed.drafts.find((d) => d.id === request.params.draft);
      if (!spec) throw new InputError('That draft no longer fits this thread. Open the thread again to see the drafts that do.');
      const draft = request.services.mailbox.createDraft(spec);
      request.services.introLog?.recordDraft(reviewed, spec);
      return { draft };
    },
  },
};
