// A local LockService: user and script locks whose contention with "another execution" a test sets up explicitly, since the add-on runs synchronously here.
import { FakeService } from './fake-service';

export type LockName = 'user' | 'script';

interface LockState {
  mine: boolean;
  /** How long another execution still holds the lock, in ms; 0 when free. */
  otherHoldsForMs: number;
}

/**
 * `api` is the LockService the add-on sees; getDocumentLock is null as outside a document. `holdByAnotherExecution`
 * makes tryLock return false and waitLock throw the runtime's "Lock timeout" error unless the timeout outlasts
 * the other holder. Calls count as `LockService.getUserLock`, `Lock.tryLock`, ...; `waits` lists requested timeouts.
 */
export class FakeLockService extends FakeService {
  readonly api: GoogleAppsScript.Lock.LockService;
  /** Every tryLock/waitLock timeout requested, in order. */
  readonly waits: { lock: LockName; method: 'tryLock' | 'waitLock'; timeoutMs: number }[] = [];
  private readonly states: Record<LockName, LockState> = {
    user: { mine: false, otherHoldsForMs: 0 },
    script: { mine: false, otherHoldsForMs: 0 },
  };

  constructor() {
    super();
    this.api = this.counted('LockService', {
      getUserLock: () => this.lock('user'),
      getScriptLock: () => this.lock('script'),
      getDocumentLock: () => null,
    });
  }

  /** Another execution takes the lock and keeps it for `forMs` (forever by default). */
  holdByAnotherExecution(name: LockName, forMs = Infinity): void {
    this.states[name].otherHoldsForMs = forMs;
  }

  /** Whether the add-on holds the lock now: after a run it should not. */
  isHeld(name: LockName): boolean {
    return this.states[name].mine;
  }

  private lock(name: LockName): GoogleAppsScript.Lock.Lock {
    const state = this.states[name];
    const acquire = (method: 'tryLock' | 'waitLock', timeoutMs: unknown): boolean => {
      if (typeof timeoutMs !== 'number') throw this.mismatch(`Lock.${method}`, [timeoutMs]);
      this.waits.push({ lock: name, method, timeoutMs });
      if (!state.mine && state.otherHoldsForMs > timeoutMs) return false;
      state.otherHoldsForMs = 0;
      state.mine = true;
      return true;
    };
    return this.counted('Lock', {
      tryLock: (timeoutMs: unknown) => acquire('tryLock', timeoutMs),
      waitLock: (timeoutMs: unknown) => {
        // The message Apps Script gives when waitLock runs out of time.
        if (!acquire('waitLock', timeoutMs)) throw this.exception('Lock timeout: another process was holding the lock for too long.');
      },
      releaseLock: () => {
        state.mine = false;
      },
      hasLock: () => state.mine,
    });
  }
}
