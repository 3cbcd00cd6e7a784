import { DEFAULT_LOG_SETTINGS } from '../../../src/core/log/log-settings';
import { applyTimeRules, dueReasonFor, followUpDueFor } from '../../../src/core/log/status-rules';
import { buildDueList } from '../../../src/core/log/due-list';
import { day, record } from './log-fixtures';

const settings = DEFAULT_LOG_SETTINGS;

describe('consent expiry', () => {
  const asked = record({ kind: 'intro-request', myRole: 'asked to introduce', consent: 'asked', consentAskedOn: day('2026-11-02') });

  it('keeps an ask pending until the expiry day', () => {
    expect(applyTimeRules(asked, day('2026-11-08'), settings).consent).toBe('asked');
  });

  it('turns silence into "no reply, treated as no" after the set number of days', () => {
    const expired = applyTimeRules(asked, day('2026-11-09'), settings);
    expect(expired.consent).toBe('no reply, treated as no');
    expect(dueReasonFor(expired, day('2026-11-09'), settings)).toBe('consent-expired');
  });

  it('follows the user setting for the expiry', () => {
    expect(applyTimeRules(asked, day('2026-11-05'), { ...settings, consentExpiryDays: 3 }).consent).toBe('no reply, treated as no');
  });

  it('warns in the last day before the ask expires', () => {
    expect(dueReasonFor(asked, day('2026-11-07'), settings)).toBeNull();
    expect(dueReasonFor(asked, new Date(day('2026-11-08').getTime() + 3_600_000), settings)).toBe('consent-expiring');
  });
});

describe('followUpDueFor', () => {
  it('gives an intro awaiting my reply one day', () => {
    expect(followUpDueFor(record(), day('2026-11-02'), settings)).toEqual(day('2026-11-03'));
  });

  it('asks about the outcome N days after a replied intro', () => {
    expect(followUpDueFor(record({ reply: 'replied' }), day('2026-11-02'), settings)).toEqual(day('2026-11-16'));
    expect(followUpDueFor(record({ reply: 'replied' }), day('2026-11-02'), { ...settings, outcomeFollowUpDays: 30 })).toEqual(day('2026-12-02'));
  });

  it('clears the follow-up once an outcome is recorded', () => {
    expect(followUpDueFor(record({ outcome: 'met' }), day('2026-11-02'), settings)).toBeNull();
  });

  it('is due at once when the target said no to a request', () => {
    const now = day('2026-11-05');
    expect(followUpDueFor(record({ kind: 'intro-request', consent: 'no', consentAskedOn: day('2026-11-03') }), now, settings)).toEqual(now);
  });

  it('waits for no outcome on a request the target has not agreed to', () => {
    expect(followUpDueFor(record({ kind: 'intro-request', reply: 'replied' }), day('2026-11-02'), settings)).toBeNull();
  });
});

describe('buildDueList', () => {
  const now = day('2026-11-20');

  it('lists unanswered intros after a day, expired asks and missing outcomes, most overdue first', () => {
    const unanswered = record({ threadId: 'reply', followUpDue: day('2026-11-19') });
    const outcome = record({ threadId: 'outcome', reply: 'replied', followUpDue: day('2026-11-16') });
    const expired = record({ threadId: 'expired', kind: 'intro-request', consent: 'asked', consentAskedOn: day('2026-11-10'), followUpDue: day('2026-11-17') });
    const list = buildDueList([unanswered, outcome, expired], now, settings);
    expect(list.map((item) => [item.record.threadId, item.reason])).toEqual([
      ['outcome', 'outcome'], ['expired', 'consent-expired'], ['reply', 'reply'],
    ]);
  });

  it('leaves out what is not due yet, what has an outcome, and what the user moved to later', () => {
    const list = buildDueList([
      record({ followUpDue: day('2026-11-21') }),
      record({ outcome: 'met', followUpDue: day('2026-11-01') }),
      record({ kind: 'other', followUpDue: day('2026-11-01'), reply: 'replied' }),
    ], now, settings);
    expect(list).toEqual([]);
  });
});
