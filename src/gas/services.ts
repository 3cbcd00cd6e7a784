// The services every action handler may use, built once per execution by the composition root.
import type { SettingsStore } from '../core/ports/settings-store';
import { GmailMailbox } from './gmail-mailbox';
import { IntroLogService } from './intro-log-service';
import type { SheetsApi } from './sheet-intro-log';
import { UserPropertiesSettingsStore } from './user-properties-settings-store';

export interface Services {
  mailbox: GmailMailbox;
  settings: SettingsStore;
  /** The signed-in user's address. */
  signedInEmail(): string;
  log: IntroLogService;
}

/** The real services; each touches its Apps Script service only when first used. */
export function createServices(): Services {
  return {
    mailbox: new GmailMailbox(),
    settings: new UserPropertiesSettingsStore(),
    signedInEmail: () => Session.getActiveUser().getEmail(),
    log: new IntroLogService({
      sheets: { get Spreadsheets() { return advancedSheets().Spreadsheets; } },
      properties: PropertiesService.getUserProperties(),
      lock: LockService.getUserLock(),
      sleep: (milliseconds) => Utilities.sleep(milliseconds),
      now: () => new Date(),
    }),
  };
}

// The manifest enables the Advanced Sheets service; looked up only when the log is used, so a script
// copied without it still shows every card, and the log section says what is missing.
function advancedSheets(): SheetsApi {
  if (typeof Sheets === 'undefined') throw new Error('the Google Sheets service is not turned on for this script');
  return Sheets as SheetsApi;
}
