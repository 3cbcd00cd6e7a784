// A local Session: the signed-in user, their locale and the script's time zone, with counted calls.
import { FakeService } from './fake-service';

export interface FakeSessionOptions {
  /** The signed-in user's address; '' as Apps Script returns when it may not tell. */
  email: string;
  locale?: string;
  timeZone?: string;
}

/** `api` is the Session the add-on sees; calls count as `Session.getActiveUser`, `User.getEmail`, ... */
export class FakeSession extends FakeService {
  readonly api: GoogleAppsScript.Base.Session;

  constructor(options: FakeSessionOptions) {
    super();
    const count = <T extends Record<string, (...args: never[]) => unknown>>(type: string, impls: T): T =>
      Object.fromEntries(Object.entries(impls).map(([name, impl]) => [name, (...args: never[]) => {
        this.calls.record(`${type}.${name}`);
        return impl(...args);
      }])) as T;
    const user = () => count('User', { getEmail: () => options.email, getUserLoginId: () => options.email });
    this.api = count('Session', {
      getActiveUser: user,
      getEffectiveUser: user,
      getActiveUserLocale: () => options.locale ?? 'en',
      getScriptTimeZone: () => options.timeZone ?? 'Etc/UTC',
      getTemporaryActiveUserKey: () => `temporary-key-${options.email}`,
    }) as unknown as GoogleAppsScript.Base.Session;
  }
}
