// What every fake shares: a call counter and errors and dates made in the realm of the script that calls it, shaped like Apps Script's.
import { CallCounter } from './call-counter';

/** The global object of the context a script runs in; values made with its constructors pass that script's instanceof checks. */
export interface Realm {
  Error: ErrorConstructor;
  TypeError: TypeErrorConstructor;
  Date: DateConstructor;
}

export abstract class FakeService {
  readonly calls = new CallCounter();
  private realm: Realm = globalThis;

  /** Makes later errors and dates belong to `realm`, as the loader does for the add-on's context. */
  useRealm(realm: Realm): void {
    this.realm = realm;
  }

  /** An object with exactly `impls` as methods, each call counted as `type.method`. */
  protected counted<T>(type: string, impls: Record<string, (...args: never[]) => unknown>): T {
    const entries = Object.entries(impls).map(([name, impl]) => [
      name,
      (...args: never[]) => {
        this.calls.record(`${type}.${name}`);
        return impl(...args);
      },
    ]);
    return Object.fromEntries(entries) as T;
  }

  /** Apps Script reports service failures as an Error named "Exception". */
  protected exception(message: string): Error {
    const error = new this.realm.Error(message);
    error.name = 'Exception';
    return error;
  }

  protected newDate(ms: number): Date {
    return new this.realm.Date(ms);
  }

  /** The runtime's error for arguments that fit no overload of `method` (e.g. `GmailApp.createDraft`). */
  protected mismatch(method: string, args: unknown[], typeName: (value: unknown) => string = argumentTypeName): Error {
    return this.exception(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`);
  }
}

/** Names an argument's type the way Apps Script's signature errors do. */
export function argumentTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value !== 'object') return typeof value;
  return Array.isArray(value) ? 'Object[]' : 'Object';
}
