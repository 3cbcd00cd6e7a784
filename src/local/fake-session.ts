// A local Session: who runs the add-on, in which locale and script time zone.
import { createHash } from 'node:crypto';
import { FakeService } from './fake-service';

export interface FakeSessionOptions {
  /** The active user's address; '' models a consumer account whose address Apps Script withholds. */
  activeUser?: string;
  /** Whom the script runs as; an add-on runs as its user, so this defaults to the active user. */
  effectiveUser?: string;
  locale?: string;
  /** The manifest's timeZone. */
  scriptTimeZone?: string;
}

/** `api` is the Session the add-on sees; calls count as `Session.getActiveUser`, `User.getEmail`, ... */
export class FakeSession extends FakeService {
  readonly api: GoogleAppsScript.Base.Session;

  constructor(options: FakeSessionOptions = {}) {
    super();
    const active = options.activeUser ?? 'me@example.com';
    const user = (email: string) =>
      this.counted<GoogleAppsScript.Base.User>('User', { getEmail: () => email, getUserLoginId: () => email });
    this.api = this.counted('Session', {
      getActiveUser: () => user(active),
      getEffectiveUser: () => user(options.effectiveUser ?? active),
      getActiveUserLocale: () => options.locale ?? 'en',
      getScriptTimeZone: () => options.scriptTimeZone ?? 'Etc/UTC',
      // A key that identifies the user without revealing the address, stable for this script.
      getTemporaryActiveUserKey: () => createHash('sha256').update(`session-key:${active}`).digest('base64url').slice(0, 43),
    });
  }
}
