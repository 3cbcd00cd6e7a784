import type { Clock } from '../../../src/core/ports/clock';
import type { IntroLog } from '../../../src/core/ports/intro-log';
import type { IntroRecord } from '../../../src/core/log/intro-record';
import { DEFAULT_LOG_SETTINGS } from '../../../src/core/log/log-settings';
import {
  consentAskRefusal, loggedStateOf, logThread, recordConsentAnswer, recordConsentAsk, recordOutcome, type LogContext,
} from '../../../src/core/log/log-actions';
import { samePerson } from '../../../src/core/log/same-person';
import { loadDueList } from '../../../src/core/log/due-list';
import { DANA, ME, TOMAS, day, facts, message } from './log-fixtures';

/** An in-memory IntroLog with the port's contract, so the use cases are tested without a sheet. */
class MemoryIntroLog implements IntroLog {
  readonly records = new Map<string, IntroRecord>();
  writes = 0;
  find(threadId: string): IntroRecord | null {
    return this.records.get(threadId) ?? null;
  }
  upsert(threadId: string, change: (existing: IntroRecord | null) => IntroRecord): IntroRecord {
    const next = change(this.find(threadId));
    this.records.set(threadId, next);
    this.writes++;
    return next;
  }
  findConsentAsks(asked: { name: string; email: string }, requester: { name: string; email: string }): IntroRecord[] {
    return [...this.records.values()].filter((r) => r.consentAskedOn && samePerson(r.introducer, requester) && r.otherParties.some((p) => samePerson(p, asked)));
  }
  listDue(until: Date, limit: number): IntroRecord[] {
    return [...this.records.values()].filter((r) => r.followUpDue && r.followUpDue <= until).slice(0, limit);
  }
}

function context(start: string): LogContext & { log: MemoryIntroLog; clock: Clock & { at: Date } } {
  const clock = { at: day(start), now() { return this.at; } };
  return { log: new MemoryIntroLog(), clock, settings: DEFAULT_LOG_SETTINGS };
}

describe('logThread', () => {
  it('keeps one record per thread and refreshes it when logged again', () => {
    const ctx = context('2026-11-02');
    logThread(ctx, facts());
    const replied = facts({ messages: [message(DANA, day('2026-11-02')), message({ name: 'Me', email: ME }, day('2026-11-02'))] });
    const second = logThread(ctx, replied);
    expect(ctx.log.records.size).toBe(1);
    expect(second.reply).toBe('replied');
    expect(second.followUpDue).toEqual(day('2026-11-16'));
  });

  it('keeps what the user tracks when the thread is logged again', () => {
    const ctx = context('2026-11-02');
    recordOutcome(ctx, facts(), 'met', ' coffee on Friday ');
    ctx.clock.at = day('2026-11-04');
    const again = logThread(ctx, facts({ subject: 'Re: Meet Tomás' }));
    expect(again).toMatchObject({ outcome: 'met', outcomeNote: 'coffee on Friday', subject: 'Re: Meet Tomás', loggedAt: day('2026-11-02') });
  });

  it('counts a party replying as the answer to an intro I made', () => {
    const ctx = context('2026-11-02');
    const mine = facts({ kind: 'my-intro', messages: [message({ name: 'Me', email: ME }, day('2026-11-02')), message(TOMAS, day('2026-11-02'))] });
    expect(logThread(ctx, mine).reply).toBe('replied');
  });
});

describe('consent asks', () => {
  const request = (threadId: string) => facts({ kind: 'intro-request', threadId });

  it('records who was asked, for whom and when', () => {
    const ctx = context('2026-11-02');
    const logged = recordConsentAsk(ctx, request('t-1'));
    expect(logged).toMatchObject({ consent: 'asked', consentAskedOn: day('2026-11-02'), introducer: DANA, otherParties: [TOMAS], followUpDue: day('2026-11-09') });
  });

  it('refuses a second ask to the same person for the same requester, even from another thread', () => {
    const ctx = context('2026-11-02');
    expect(consentAskRefusal(ctx, request('t-1'))).toBeNull();
    recordConsentAsk(ctx, request('t-1'));
    expect(consentAskRefusal(ctx, request('t-2'))).toMatch(/already asked Tomás Ruiz about Dana West on 2 Nov 2026 .*silence is a no/);
  });

  it('allows asking the same person for someone else', () => {
    const ctx = context('2026-11-02');
    recordConsentAsk(ctx, request('t-1'));
    const other = facts({ kind: 'intro-request', threadId: 't-2', introducer: { name: 'Lee', email: 'lee@example.com' } });
    expect(consentAskRefusal(ctx, other)).toBeNull();
  });

  it('keeps the first ask date when the ask is recorded twice', () => {
    const ctx = context('2026-11-02');
    recordConsentAsk(ctx, request('t-1'));
    ctx.clock.at = day('2026-11-05');
    expect(recordConsentAsk(ctx, request('t-1')).consentAskedOn).toEqual(day('2026-11-02'));
  });

  it('records the answer and, on a no, makes telling the requester due at once', () => {
    const ctx = context('2026-11-02');
    recordConsentAsk(ctx, request('t-1'));
    ctx.clock.at = day('2026-11-03');
    expect(recordConsentAnswer(ctx, request('t-1'), 'no')).toMatchObject({ consent: 'no', followUpDue: day('2026-11-03') });
  });

  it('writes an expired ask back when the thread is opened after the expiry', () => {
    const ctx = context('2026-11-02');
    recordConsentAsk(ctx, request('t-1'));
    ctx.clock.at = day('2026-11-10');
    const writes = ctx.log.writes;
    expect(loggedStateOf(ctx, request('t-1'))?.consent).toBe('no reply, treated as no');
    expect(ctx.log.writes).toBe(writes + 1);
    expect(ctx.log.find('t-1')?.consent).toBe('no reply, treated as no');
    expect(loggedStateOf(ctx, request('t-1'))?.consent).toBe('no reply, treated as no');
    expect(ctx.log.writes).toBe(writes + 1);
  });
});

describe('loggedStateOf and loadDueList', () => {
  it('returns null for a thread never logged, without writing', () => {
    const ctx = context('2026-11-02');
    expect(loggedStateOf(ctx, facts())).toBeNull();
    expect(ctx.log.writes).toBe(0);
  });

  it('lists an unanswered intro a day after it arrived', () => {
    const ctx = context('2026-11-02');
    logThread(ctx, facts());
    expect(loadDueList(ctx.log, ctx.clock, ctx.settings)).toEqual([]);
    ctx.clock.at = day('2026-11-03');
    expect(loadDueList(ctx.log, ctx.clock, ctx.settings).map((item) => item.reason)).toEqual(['reply']);
  });
});
