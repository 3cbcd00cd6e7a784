// Behaviour of the local Utilities: Java date patterns in real time zones, formatString, digests, base64 and a recording sleep.
import { createHash } from 'node:crypto';
import { FakeUtilities } from '../../src/local/fake-utilities';
import { declaredMembers } from './declared-members';

const { api: Utilities, sleeps } = new FakeUtilities();
const summer = new Date('2026-07-04T16:05:09.007Z');
const winter = new Date('2026-01-15T08:30:00Z');

describe('FakeUtilities', () => {
  it('declares only members the real service has', () => {
    expect(declaredMembers('utilities', 'Utilities')).toEqual(expect.arrayContaining(Object.keys(Utilities)));
  });

  it('formats dates in the given zone with Java pattern letters', () => {
    expect(Utilities.formatDate(summer, 'Europe/Berlin', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe('2026-07-04 18:05:09.007');
    expect(Utilities.formatDate(winter, 'Europe/Berlin', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-01-15T09:30:00+01:00');
    expect(Utilities.formatDate(summer, 'America/Los_Angeles', 'EEE, d MMM yyyy h:mm a z')).toBe('Sat, 4 Jul 2026 9:05 AM PDT');
    expect(Utilities.formatDate(winter, 'Asia/Kolkata', 'EEEE d MMMM yy, HH:mm Z')).toBe('Thursday 15 January 26, 14:00 +0530');
    expect(Utilities.formatDate(winter, 'GMT-3', "HH:mm 'o''clock' X")).toBe("05:30 o'clock -03");
    expect(Utilities.formatDate(winter, 'UTC', "yyyy-MM-dd'T'HH:mm:ssX")).toBe('2026-01-15T08:30:00Z');
  });

  it('rejects an unknown time zone and a non-date', () => {
    expect(() => Utilities.formatDate(winter, 'Mars/Olympus', 'yyyy')).toThrow('Invalid argument: timeZone Mars/Olympus');
    expect(() => Utilities.formatDate('2026-01-15' as never, 'UTC', 'yyyy')).toThrow(/don't match the method signature/);
  });

  it('formats strings like Java String.format', () => {
    expect(Utilities.formatString('%s owes %d (%.2f%%) %05d|%-4s|', 'Dana', 3.9, 12.345, 42, 'ab')).toBe('Dana owes 3 (12.35%) 00042|ab  |');
  });

  it('records a sleep without waiting and refuses one over five minutes', () => {
    const started = Date.now();
    Utilities.sleep(120_000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(sleeps).toEqual([120_000]);
    expect(() => Utilities.sleep(300_001)).toThrow(/milliseconds/);
  });

  it('computes digests and base64 as signed Java bytes', () => {
    const expected = [...createHash('sha256').update('abc').digest()].map((b) => (b > 127 ? b - 256 : b));
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc')).toEqual(expected);
    expect(Utilities.base64Encode('héllo')).toBe(Buffer.from('héllo').toString('base64'));
    expect(Utilities.base64Decode(Utilities.base64Encode([-1, 0, 127]))).toEqual([-1, 0, 127]);
    expect(Utilities.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
