import type { LoggedThread } from '../../../src/core/log/log-actions';
import type { IntroRecord } from '../../../src/core/log/intro-record';
import { record } from '../log/log-fixtures';
import { planDrafts } from '../../../src/core/drafts/plan-drafts';
import { TEMPLATE_CATALOGUE } from '../../../src/core/templates/catalogue';
import type { Thread } from '../../../src/core/thread/thread';
import type { Verdict } from '../../../src/core/triage/verdict';
import { DANA, flag, introThread, ME, raw, threadOf, TOMAS, verdict } from './thread-fixtures';

const plan = (v: Verdict, thread: Thread, signOff = '', logged: LoggedThread | null = null) =>
  planDrafts({ verdict: v, thread, me: [ME], templates: TEMPLATE_CATALOGUE, signOff, logged });
const logged = (fields: Partial<IntroRecord>, askRefusal: string | null = null): LoggedThread => ({ record: record(fields), askRefusal });

describe('planDrafts for an intro to me', () => {
  it('replies to all on the intro with the introducer in BCC, and says what to click while Gmail keeps them in To', () => {
    const [bcc, decline] = plan(verdict({}), introThread());
    expect(bcc).toMatchObject({
      id: 'reply-move-to-bcc', label: 'Reply and move Dana to BCC', reply: { messageId: 'intro', all: true },
      to: [], cc: [], bcc: [DANA.email], subject: '', missing: [],
    });
    expect(bcc.note).toBe('Gmail keeps Dana in To on a reply to all. In the draft, remove Dana from To, or open Intro Guard from the draft\'s toolbar and press "Move Dana to BCC".');
    expect(bcc.body).toBe(`Thank you for connecting us, Dana. I'm moving you to BCC to spare your inbox.

Tomás, good to meet you. Would a short call next week work? Send me two or three times that suit you and I'll pick one.

Priya`);
    expect(decline).toMatchObject({ id: 'decline-kindly', label: 'Decline kindly', reply: { messageId: 'intro', all: false }, bcc: [], note: '' });
    expect(decline.body).toMatch(/^Hi Dana,/);
  });

  it('replies to the other person\'s own message once they have written, so only they are in To', () => {
    const thread = introThread(raw({ id: 'tomas-reply', from: '"Tomás Ferreira" <tomas@larkspur.example.net>', to: `dana@whitfield.example.org, ${ME}` }));
    const [bcc, decline] = plan(verdict({}), thread);
    expect(bcc).toMatchObject({ reply: { messageId: 'tomas-reply', all: false }, bcc: [DANA.email], note: '' });
    expect(decline.reply).toEqual({ messageId: 'intro', all: false });
  });

  it('writes to the introducer in a new message when they appear only quoted in the other person\'s reply', () => {
    const onlyReply = threadOf(raw({ id: 'tomas-only', from: '"Tomás Ferreira" <tomas@larkspur.example.net>', to: ME, subject: 'RE: Intro' }));
    const [bcc, decline] = plan(verdict({}), onlyReply);
    expect(bcc).toMatchObject({ reply: { messageId: 'tomas-only', all: false }, bcc: [DANA.email] });
    expect(decline).toMatchObject({ reply: null, to: [DANA.email], subject: 'RE: Intro' });
  });

  it('signs with the sign-off name from settings over the name in the headers', () => {
    expect(plan(verdict({}), introThread(), 'P. Raman')[0].body.endsWith('\n\nP. Raman')).toBe(true);
  });

  it('offers no BCC move when the introducer address is unknown, and marks missing names', () => {
    const drafts = plan(verdict({ introducer: { name: '', email: '' }, parties: [] }), introThread());
    expect(drafts.map((d) => d.id)).toEqual(['decline-kindly']);
    expect(drafts[0]).toMatchObject({ reply: { messageId: 'intro', all: false }, missing: ['introducer', 'other'] });
    expect(drafts[0].body).toMatch(/^Hi \[introducer\],/);
  });
});

describe('planDrafts for an intro request', () => {
  const request = () => threadOf(raw({
    id: 'ask', from: '"Kyle Brennan" <kyle@example.org>', to: ME, subject: 'Intro to Lee?',
    plainBody: 'Could you introduce me to Lee Park? I build routing tools and could share our benchmark data with her team.',
  }));
  const lee = { name: 'Lee Park', email: 'lee@park.example.net' };
  const kyle = { name: 'Kyle Brennan', email: 'kyle@example.org' };

  it('asks the target first in a new message holding the requester\'s blurb, then asks the requester for a blurb', () => {
    const [ask, blurb] = plan(verdict({ kind: 'intro-request', introducer: kyle, parties: [lee] }), request());
    expect(ask).toMatchObject({
      id: 'consent-ask', label: 'Ask Lee first (double opt-in)', reply: null, to: [lee.email], cc: [], bcc: [],
      subject: 'Would you like an intro to Kyle Brennan?', note: '', missing: [],
    });
    expect(ask.body).toContain('Hi Lee,\n\nKyle Brennan asked me to introduce you.');
    expect(ask.body).toContain('\n\nCould you introduce me to Lee Park? I build routing tools and could share our benchmark data with her team.\n\n');
    expect(ask.body).toContain('no reply is a fine answer');
    // No display name for me in this thread, so the sign-off comes from my address.
    expect(ask.body.endsWith('\n\nPriya')).toBe(true);
    expect(blurb).toMatchObject({ id: 'ask-for-blurb', label: 'Ask for a forwardable blurb', reply: { messageId: 'ask', all: false } });
    expect(blurb.body).toMatch(/what's in it for them/);
  });

  it('leaves To empty and says so when the target has no known address', () => {
    const [ask] = plan(verdict({ kind: 'intro-request', introducer: kyle, parties: [{ name: 'Lee Park', email: '' }] }), request());
    expect(ask.to).toEqual([]);
    expect(ask.note).toBe('No address for Lee is in the thread: add it in To.');
  });

  it('offers to decline sharing contact details only when they were asked for', () => {
    const ids = (v: Verdict) => plan(v, request()).map((d) => d.id);
    expect(ids(verdict({ kind: 'intro-request', introducer: kyle, parties: [lee] }))).toEqual(['consent-ask', 'ask-for-blurb']);
    const asked = verdict({ kind: 'intro-request', introducer: kyle, parties: [lee], flags: [flag({ code: 'contact-request', rule: 5 })] });
    expect(ids(asked)).toEqual(['consent-ask', 'ask-for-blurb', 'decline-contact-details']);
    expect(plan(asked, request())[2].body).toMatch(/ask Lee whether they'd like an introduction/);
  });
});

describe('planDrafts with what the intro log holds', () => {
  const request = () => threadOf(raw({ id: 'ask', from: '"Kyle Brennan" <kyle@example.org>', to: ME, subject: 'Intro to Lee?', plainBody: 'Could you introduce me to Lee Park?' }));
  const asks = verdict({ kind: 'intro-request', introducer: { name: 'Kyle Brennan', email: 'kyle@example.org' }, parties: [{ name: 'Lee Park', email: 'lee@park.example.net' }] });

  it('keeps the consent ask but marks it refused when the log shows the target was already asked', () => {
    const [ask] = plan(asks, request(), '', logged({ consent: 'asked' }, 'You already asked Lee Park about Kyle Brennan.'));
    expect(ask).toMatchObject({ id: 'consent-ask', refusal: 'You already asked Lee Park about Kyle Brennan.' });
  });

  it('offers to tell the requester kindly it is not a fit once the target said no or stayed silent, and only then', () => {
    const ids = (consent: IntroRecord['consent']) => plan(asks, request(), '', logged({ consent })).map((d) => d.id);
    expect(ids('asked')).not.toContain('not-a-fit');
    expect(ids('no')).toContain('not-a-fit');
    const [notAFit] = plan(asks, request(), '', logged({ consent: 'no reply, treated as no' })).filter((d) => d.id === 'not-a-fit');
    expect(notAFit).toMatchObject({ label: 'Tell Kyle kindly it is not a fit', reply: { messageId: 'ask', all: false } });
    expect(notAFit.body).toMatch(/^Hi Kyle,\n\nI checked with Lee about an introduction/);
  });

  it('offers the thank-you to the introducer with the outcome once one is recorded, but not after a decline', () => {
    const tell = (outcome: IntroRecord['outcome']) => plan(verdict({}), introThread(), '', logged({ outcome })).find((d) => d.id === 'tell-introducer');
    expect(tell(null)).toBeUndefined();
    expect(tell('declined')).toBeUndefined();
    expect(tell('hired')).toMatchObject({ label: 'Tell Dana how it went', reply: { messageId: 'intro', all: false } });
    expect(tell('hired')?.body).toContain('A quick update on your intro to Tomás: it led to a hire.');
  });

  it('asks both people I introduced how it went, once the intro is logged and until an outcome is in', () => {
    const mine = threadOf(raw({ id: 'mine', from: ME, to: `${DANA.email}, ${TOMAS.email}`, subject: 'Intro: Dana and Tomás' }));
    const mineVerdict = verdict({ kind: 'my-intro', introducer: { name: '', email: ME }, parties: [DANA, TOMAS] });
    expect(plan(mineVerdict, mine)).toEqual([]);
    expect(plan(mineVerdict, mine, '', logged({ outcome: 'met' }))).toEqual([]);
    const [followUp] = plan(mineVerdict, mine, '', logged({ outcome: null }));
    expect(followUp).toMatchObject({ id: 'ask-how-it-went', reply: null, to: [DANA.email, TOMAS.email], subject: 'Re: Intro: Dana and Tomás' });
    expect(followUp.body).toMatch(/^Hi Dana and Tomás,/);
  });
});

describe('planDrafts for a consent ask and the rest', () => {
  it('answers a consent ask yes or no, in reply to the asker', () => {
    const drafts = plan(verdict({ kind: 'consent-ask' }), introThread());
    expect(drafts.map((d) => [d.id, d.label, d.reply])).toEqual([
      ['consent-yes', 'Yes, happy to', { messageId: 'intro', all: false }],
      ['consent-no', 'Not now, thanks', { messageId: 'intro', all: false }],
    ]);
    expect(drafts[0].body).toContain('Yes, happy to. Please go ahead and introduce me to Tomás');
  });

  it('offers nothing for an intro I made that is not logged, or a thread that is not about intros', () => {
    expect(plan(verdict({ kind: 'my-intro' }), introThread())).toEqual([]);
    expect(plan(verdict({ kind: 'other', introducer: null, parties: [] }), introThread())).toEqual([]);
  });

  it('offers nothing when every message is mine', () => {
    const mine = threadOf(raw({ from: ME, to: DANA.email }));
    expect(plan(verdict({ introducer: TOMAS }), mine)).toEqual([]);
  });
});
