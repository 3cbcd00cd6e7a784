import { judgeThread, reviewThread } from '../../../src/core/review/review-thread';
import type { UserSettings } from '../../../src/core/ports/settings-store';
import { introThread, ME, raw } from '../drafts/thread-fixtures';

const settings = (overrides: Partial<UserSettings> = {}): UserSettings => ({ templates: {}, signOff: '', kindCorrections: {}, ...overrides });

describe('reviewThread', () => {
  it('counts the addresses mail was delivered to as mine', () => {
    const thread = introThread(raw({ from: 'tomas@larkspur.example.net', to: 'p.raman@alias.example.com', deliveredTo: 'P.Raman@alias.example.com' }));
    const { me } = judgeThread(thread, 'Owner@Northwind.example.com', settings());
    expect(me[0]).toBe('owner@northwind.example.com');
    expect([...me].sort()).toEqual(['owner@northwind.example.com', 'p.raman@alias.example.com', ME].sort());
  });

  it('replaces the triage kind with the kind the user set for this thread, takes it as sure, and plans its drafts', () => {
    const corrected = settings({ kindCorrections: { 'thread-1': 'consent-ask', 'other-thread': 'intro' } });
    const review = reviewThread(judgeThread(introThread(), ME, corrected), corrected);
    expect(review.verdict.kind).toBe('consent-ask');
    expect(review.verdict.confidence).toBe(1);
    expect(review.corrected).toBe(true);
    expect(review.drafts.map((d) => d.id)).toEqual(['consent-yes', 'consent-no']);
  });

  it('ignores corrections saved for other threads', () => {
    const review = judgeThread(introThread(), ME, settings({ kindCorrections: { 'other-thread': 'consent-ask' } }));
    expect(review.corrected).toBe(false);
    expect(review.verdict.kind).not.toBe('consent-ask');
  });
});
