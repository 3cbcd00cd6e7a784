import { rawMessage } from '../../../bench/fixtures/synthetic-mail';
import { buildThread } from '../../../src/core/thread/build-thread';

describe('buildThread', () => {
  it('orders messages oldest first and keeps the given order for equal dates', () => {
    const thread = buildThread([
      rawMessage({ id: 'late', date: new Date('2024-03-05T00:00:00Z') }),
      rawMessage({ id: 'tie-a', date: new Date('2024-03-04T00:00:00Z') }),
      rawMessage({ id: 'tie-b', date: new Date('2024-03-04T00:00:00Z') }),
    ], 'thread-1');
    expect(thread.id).toBe('thread-1');
    expect(thread.messages.map((m) => m.id)).toEqual(['tie-a', 'tie-b', 'late']);
  });

  it('names the thread after its oldest message by default', () => {
    const thread = buildThread([
      rawMessage({ id: 'b', subject: 'Re: Intro', date: new Date('2024-03-05T00:00:00Z') }),
      rawMessage({ id: 'a', subject: 'Intro', date: new Date('2024-03-04T00:00:00Z') }),
    ]);
    expect(thread).toMatchObject({ id: 'a', subject: 'Intro' });
    expect(buildThread([])).toEqual({ id: '', subject: '', messages: [] });
  });

  it('parses every address header and the Delivered-To list', () => {
    const [message] = buildThread([rawMessage({
      from: 'Dana <Dana@Example.org>', to: '"Raman, Priya" <priya@example.com>, bob@example.net', cc: 'Kyle <kyle@example.org>',
      bcc: 'marcus@example.com', deliveredTo: 'Priya@Example.com, alias@example.com',
    })]).messages;
    expect(message.from).toEqual({ name: 'Dana', email: 'dana@example.org' });
    expect(message.to).toEqual([{ name: 'Raman, Priya', email: 'priya@example.com' }, { name: '', email: 'bob@example.net' }]);
    expect(message.cc).toEqual([{ name: 'Kyle', email: 'kyle@example.org' }]);
    expect(message.bcc).toEqual([{ name: '', email: 'marcus@example.com' }]);
    expect(message.deliveredTo).toEqual(['priya@example.com', 'alias@example.com']);
  });

  it('reads the plain body, and the HTML body only when the plain one is empty', () => {
    const both = buildThread([rawMessage({ plainBody: 'Plain words', htmlBody: '<p>HTML words</p>' })]).messages[0];
    expect(both.newText).toBe('Plain words');
    const htmlOnly = buildThread([rawMessage({ plainBody: ' \n', htmlBody: '<div>Hi</div><blockquote>Earlier</blockquote>' })]).messages[0];
    expect(htmlOnly.newText).toBe('Hi');
    expect(htmlOnly.quoted.map((q) => q.text)).toEqual(['Earlier']);
  });

  it('gives a sender with no readable address an empty person rather than failing', () => {
    expect(buildThread([rawMessage({ from: '' })]).messages[0].from).toEqual({ name: '', email: '' });
  });
});
