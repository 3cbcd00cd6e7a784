import { parseDays } from '../../../src/core/log/log-settings';

describe('parseDays', () => {
  it('accepts a whole number of days', () => {
    expect(parseDays(' 10 ', 'Consent expiry')).toEqual({ days: 10 });
  });

  it.each(['0', '-3', '2.5', 'ten', '', '366'])('explains why %j is refused', (text) => {
    expect(parseDays(text, 'Consent expiry')).toEqual({ error: expect.stringContaining('Consent expiry must be a whole number') });
  });
});
