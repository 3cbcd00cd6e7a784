// Behaviour of the local Session: the user, locale and script time zone it was given.
import { FakeSession } from '../../src/local/fake-session';
import { declaredMembers } from './declared-members';

describe('FakeSession', () => {
  it('declares only methods the real service has', () => {
    const { api } = new FakeSession();
    expect(declaredMembers('base', 'Session')).toEqual(expect.arrayContaining(Object.keys(api)));
    expect(declaredMembers('base', 'User')).toEqual(expect.arrayContaining(Object.keys(api.getActiveUser())));
  });

  it('reports the configured user, locale and time zone', () => {
    const fake = new FakeSession({ activeUser: 'priya.raman@northwind.example.com', locale: 'de', scriptTimeZone: 'Europe/Berlin' });
    expect(fake.api.getActiveUser().getEmail()).toBe('priya.raman@northwind.example.com');
    expect(fake.api.getEffectiveUser().getEmail()).toBe('priya.raman@northwind.example.com');
    expect(fake.api.getActiveUserLocale()).toBe('de');
    expect(fake.api.getScriptTimeZone()).toBe('Europe/Berlin');
    expect(fake.calls.count('User.getEmail')).toBe(2);
  });

  it('can withhold the active user address, as Apps Script does for some accounts', () => {
    expect(new FakeSession({ activeUser: '' }).api.getActiveUser().getEmail()).toBe('');
  });

  it('gives a temporary user key that is stable per user and differs between users', () => {
    const key = (user: string) => new FakeSession({ activeUser: user }).api.getTemporaryActiveUserKey();
    expect(key('a@example.com')).toBe(key('a@example.com'));
    expect(key('a@example.com')).not.toBe(key('b@example.com'));
    expect(key('a@example.com')).not.toContain('example');
  });
});
