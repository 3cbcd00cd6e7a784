// The services every action handler may use, built once per execution by the composition root.
import type { SectionSpec } from '../cards/card-spec';
import type { DraftSpec } from '../core/drafts/draft-spec';
import type { SettingsStore } from '../core/ports/settings-store';
import type { ThreadReview } from '../core/review/review-thread';
import { GmailMailbox } from './gmail-mailbox';
import { createIntroLogService, type IntroLogService } from './intro-log-service';
import { UserPropertiesSettingsStore } from './user-properties-settings-store';

/** How the intro log joins the sidebar; absent until a log is wired in. */
export interface IntroLogHooks {
  /** The thread card's log section (consent, status, outcome) for a reviewed thread, or null when it has no row. */
  threadSection(review: ThreadReview): SectionSpec | null;
  /** The homepage's list of what is due, or null when nothing is. */
  dueSection(): SectionSpec | null;
  /** Called after a draft opened from the thread card, so acting on a thread logs it. */
  recordDraft(review: ThreadReview, draft: DraftSpec): void;
}

export interface Services {
  mailbox: GmailMailbox;
  settings: SettingsStore;
  /** The signed-in user's address. */
  signedInEmail(): string;
  introLog?: IntroLogHooks;
  /** The log itself, for the log's own actions. */
  log?: IntroLogService;
}

/** The real services; each touches its Apps Script service only when first used. */
export function createServices(): Services {
  const log = createIntroLogService({
    sheets: Sheets as GoogleAppsScript.Sheets,
    properties: PropertiesService.getUserProperties(),
    lock: LockService.getUserLock(),
    sleep: (milliseconds) => Utilities.sleep(milliseconds),
    now: () => new Date(),
  });
  return {
    mailbox: new GmailMailbox(),
    settings: new UserPropertiesSettingsStore(),
    signedInEmail: () => Session.getActiveUser().getEmail(),
    introLog: log.hooks,
    log,
  };
}
