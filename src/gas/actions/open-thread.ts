// The open thread as every thread and log action sees it: read in one Gmail pass, judged, its log state read, its drafts planned.
import { ACTION } from '../../cards/action-names';
import type { SectionSpec } from '../../cards/card-spec';
import { buildLogProblemSection } from '../../cards/log-problem-section';
import { buildLogSection } from '../../cards/log-section';
import { buildThreadCard } from '../../cards/thread-card';
import type { LoggedThread } from '../../core/log/log-actions';
import type { UserSettings } from '../../core/ports/settings-store';
import { judgeThread, reviewThread, type JudgedThread, type ThreadReview } from '../../core/review/review-thread';
import { gmailEvent, type ActionRequest, type Reply } from '../action-registry';
import type { LogRead } from '../intro-log-service';

export interface OpenThread {
  review: ThreadReview;
  /** What the log said, or null for threads the log does not concern. */
  log: LogRead<LoggedThread> | null;
}

/** The open thread judged for the signed-in user, with the settings it was judged under. */
export interface JudgedOpenThread {
  judged: JudgedThread;
  settings: UserSettings;
}

/** Reads the open thread in one pass and judges it for the signed-in user. */
export function judgeOpenThread({ event, services }: ActionRequest): JudgedOpenThread {
  const open = gmailEvent(event);
  const thread = services.mailbox.readThread({ accessToken: open.accessToken, messageId: open.messageId, threadId: open.threadId });
  const settings = services.settings.load();
  return { judged: judgeThread(thread, services.signedInEmail(), settings), settings };
}

/** The open thread with what the log holds for it and the drafts that fit both. */
export function reviewOpenThread(request: ActionRequest, opened: JudgedOpenThread = judgeOpenThread(request)): OpenThread {
  const log = request.services.log.threadState(opened.judged);
  const review = reviewThread(opened.judged, opened.settings, log && 'value' in log ? log.value : null);
  return { review, log };
}

/** The thread card in reply to an action on it, drawn with the log as it is now. */
export function threadCardReply(request: ActionRequest, opened?: JudgedOpenThread, notification?: string): Reply {
  const { review, log } = reviewOpenThread(request, opened);
  const card = buildThreadCard({
    subject: review.thread.subject,
    verdict: review.verdict,
    corrected: review.corrected,
    drafts: review.drafts.map((d) => ({ id: d.id, label: d.label, reply: d.reply !== null, note: d.note, refusal: d.refusal })),
    log: log ? logSection(log) : undefined,
  });
  return notification ? { card, navigation: 'update', notification } : { card, navigation: 'update' };
}

function logSection(log: LogRead<LoggedThread>): SectionSpec {
  return 'value' in log ? buildLogSection(log.value.record) : buildLogProblemSection(log.problem, { action: ACTION.showThread });
}
