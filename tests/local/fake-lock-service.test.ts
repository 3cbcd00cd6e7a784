// Behaviour of the local LockService: acquiring, releasing, and contention with another execution set up by the test.
import { FakeLockService } from '../../src/local/fake-lock-service';
import { declaredMembers } from './declared-members';

describe('FakeLockService', () => {
  it('declares only methods the real service has', () => {
    const fake = new FakeLockService();
    expect(declaredMembers('lock', 'LockService')).toEqual(expect.arrayContaining(Object.keys(fake.api)));
    expect(declaredMembers('lock', 'Lock')).toEqual(expect.arrayContaining(Object.keys(fake.api.getUserLock())));
  });

  it('grants a free lock and frees it on release', () => {
    const fake = new FakeLockService();
    const lock = fake.api.getUserLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(fake.isHeld('user')).toBe(true);
    expect(fake.isHeld('script')).toBe(false);
    lock.releaseLock();
    expect(fake.isHeld('user')).toBe(false);
  });

  it('makes tryLock fail and waitLock time out while another execution holds the lock', () => {
    const fake = new FakeLockService();
    fake.holdByAnotherExecution('script');
    const lock = fake.api.getScriptLock();
    expect(lock.tryLock(10_000)).toBe(false);
    expect(() => lock.waitLock(30_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(lock.hasLock()).toBe(false);
    expect(fake.api.getUserLock().tryLock(0)).toBe(true);
    expect(fake.waits).toEqual([
      { lock: 'script', method: 'tryLock', timeoutMs: 10_000 },
      { lock: 'script', method: 'waitLock', timeoutMs: 30_000 },
      { lock: 'user', method: 'tryLock', timeoutMs: 0 },
    ]);
  });

  it('grants the lock to a wait that outlasts the other holder', () => {
    const fake = new FakeLockService();
    fake.holdByAnotherExecution('user', 2000);
    const lock = fake.api.getUserLock();
    expect(lock.tryLock(1000)).toBe(false);
    lock.waitLock(5000);
    expect(lock.hasLock()).toBe(true);
  });

  it('has no document lock outside a document and counts calls', () => {
    const fake = new FakeLockService();
    expect(fake.api.getDocumentLock()).toBeNull();
    fake.api.getUserLock().tryLock(1);
    expect(fake.calls.all()).toEqual({ 'Lock.tryLock': 1, 'LockService.getDocumentLock': 1, 'LockService.getUserLock': 1 });
  });

  it('rejects a timeout that is not a number', () => {
    expect(() => new FakeLockService().api.getUserLock().tryLock('5s' as never)).toThrow(/don't match the method signature for Lock.tryLock/);
  });
});
