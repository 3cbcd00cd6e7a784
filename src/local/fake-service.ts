// What every fake shares: a call counter and errors shaped like Apps Script's, made in the realm of the script that calls it.
import { CallCounter } from './call-counter';

/** The global object of the context a script runs in; its `Error` makes errors that script's `instanceof Error` accepts. */
export interface Realm {
  Error: ErrorConstructor;
  TypeError: TypeErrorConstructor;
}

export abstract class FakeService {
  readonly calls = new CallCounter();
  private realm: Realm = globalThis;

  /** Makes later errors belong to `realm`, as the loader does for the add-on's context. */
  useRealm(realm: Realm): void {
    this.realm = realm;
  }

  /** Apps Script reports service failures as an Error named "Exception". */
  protected exception(message: string): Error {
    const error = new this.realm.Error(message);
    error.name = 'Exception';
    return error;
  }

  protected typeError(message: string): TypeError {
    return new this.realm.TypeError(message);
  }
}
