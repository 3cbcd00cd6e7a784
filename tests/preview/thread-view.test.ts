// Tests for the thread view: the preview folds quoted history where the core thread model says it starts.
import { readMailFile } from '../../src/cli/mail-file';
import { toThreadView } from '../../src/preview/thread-view';

describe('toThreadView', () => {
  it('shows each message of a sample thread oldest first with its own text, and folds what it quotes', async () => {
    const view = toThreadView('t', await readMailFile('samples/02-intro-after-consent.mbox'));
    expect(view.subject).toBe('Would you like to meet Mei Lin?');
    expect(view.messages.map((m) => m.from)).toEqual([
      'Jordan Pike <jordan@pike.example.org>',
      'Alex Morgan <alex.morgan@example.com>',
      'Jordan Pike <jordan@pike.example.org>',
      'Mei Lin <mei.lin@calder.example.net>',
    ]);
    const reply = view.messages[1];
    expect(reply.text).toBe('Yes, happy to meet her. Thanks for asking first, Jordan.\n\nAlex');
    expect(reply.history).toContain('Jordan Pike <jordan@pike.example.org> wrote:');
    expect(reply.history).toContain('Would you be open to an introduction to Mei Lin?');
    expect(view.messages[0].history).toBe('');
    expect(view.messages[2].to).toBe('Mei Lin <mei.lin@calder.example.net>, Alex Morgan <alex.morgan@example.com>');
    expect(view.messages[0].date).toBe('2026-11-02T10:04:11.000Z');
  });

  it('shows an HTML-only message as its text', async () => {
    const view = toThreadView('n', await readMailFile('samples/14-other-newsletter.eml'));
    expect(view.subject).toBe('Meet <b>Nova</b> & friends: our new route planner 🚚');
    expect(view.messages[0].text).toContain('Meet Nova, our new route planner');
    expect(view.messages[0].text).toContain('<script> tags stay text here');
    expect(view.messages[0].from).toBe('Nova <Updates> & Co <news@nova.example.org>');
  });
});
