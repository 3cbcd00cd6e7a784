import { adversarialBodies } from '../../../bench/fixtures/synthetic-mail';
import { htmlToText } from '../../../src/core/thread/html-to-text';
import { splitMessageText } from '../../../src/core/thread/split-message-text';

const dana = { name: 'Dana Whitfield', email: 'dana@whitfield.example.org' };

describe('splitMessageText', () => {
  it('splits a Gmail reply into new text and the quoted message with its author and date', () => {
    const split = splitMessageText('Yes, please connect us.\n\nPriya\n\nOn Mon, Mar 4, 2024 at 10:12\u202fAM Dana Whitfield <dana@whitfield.example.org> wrote:\n\n> Hi Priya,\n>\n> Open to an intro?\n');
    expect(split.newText).toBe('Yes, please connect us.\n\nPriya');
    expect(split.quoted).toEqual([{ from: dana, to: [], date: 'Mon, Mar 4, 2024 at 10:12\u202fAM', subject: '', text: 'Hi Priya,\n\nOpen to an intro?' }]);
  });

  it('joins an attribution Gmail wrapped over two lines', () => {
    const split = splitMessageText('Sure.\n\nOn Mon, Mar 4, 2024 at 10:12 AM Dana Whitfield <\ndana@whitfield.example.org> wrote:\n\n> Hi');
    expect(split.newText).toBe('Sure.');
    expect(split.quoted[0].from).toEqual(dana);
  });

  it('reads Apple, French and German attributions', () => {
    const apple = splitMessageText('Ok\n\nOn Dec 5, 2023, at 6:22 PM, Peter Vance <peter.vance@example.org> wrote:\n\n> Hey');
    expect(apple.quoted[0].from).toEqual({ name: 'Peter Vance', email: 'peter.vance@example.org' });
    const french = splitMessageText('Oui\n\nLe lun. 4 mars 2024 à 10:12, Dana Whitfield <dana@whitfield.example.org> a écrit :\n> Salut');
    expect(french.quoted[0].from).toEqual(dana);
    expect(french.newText).toBe('Oui');
    const german = splitMessageText('Ja\n\nAm Mo., 4. März 2024 um 10:12 Uhr schrieb Dana Whitfield <dana@whitfield.example.org>:\n> Hallo');
    expect(german.quoted[0]).toMatchObject({ from: dana, date: 'Mo., 4. März 2024 um 10:12 Uhr', text: 'Hallo' });
    const thunderbird = splitMessageText('Ja\n\nDana Whitfield <dana@whitfield.example.org> schrieb am 04.03.2024 um 10:12:\n> Hallo');
    expect(thunderbird.quoted[0]).toMatchObject({ from: dana, date: '04.03.2024 um 10:12', text: 'Hallo' });
  });

  it('nests quotes as separate messages, newest first, each with its author', () => {
    const split = splitMessageText([
      'Thanks for agreeing!',
      '',
      'On Tue, Apr 2, 2024 at 5:48 PM Funmi Adebayo <f.adebayo@example.net> wrote:',
      '',
      '> Sure, I can do a coffee.',
      '>',
      '> On Tue, Apr 2, 2024 at 12:10 PM Nick Harlow <nick.harlow@example.com> wrote:',
      '>',
      '>> Would you be up for a coffee with Becca?',
      '>> > > deeper still',
    ].join('\n'));
    expect(split.newText).toBe('Thanks for agreeing!');
    expect(split.quoted.map((q) => [q.from?.email, q.text])).toEqual([
      ['f.adebayo@example.net', 'Sure, I can do a coffee.'],
      ['nick.harlow@example.com', 'Would you be up for a coffee with Becca?'],
      [undefined, 'deeper still'],
    ]);
  });

  it('makes a plain "> " block without attribution an authorless quote and keeps inline answers as new text', () => {
    const split = splitMessageText('> Can you do Tuesday?\nYes, Tuesday works.\n> And the venue?\nRosalind\'s.');
    expect(split.newText).toBe('Yes, Tuesday works.\nRosalind\'s.');
    expect(split.quoted).toEqual([
      { from: null, to: [], date: '', subject: '', text: 'Can you do Tuesday?' },
      { from: null, to: [], date: '', subject: '', text: 'And the venue?' },
    ]);
  });

  it('reads a Gmail forward with its headers', () => {
    const split = splitMessageText([
      'Zoë, meet Ravi.', '', '---------- Forwarded message ---------',
      'From: Ravi Menon <ravi.menon@ledgerline.example.com>', 'Date: Mon, Mar 11, 2024 at 9:02 PM',
      'Subject: Intro to Zoë?', 'To: Hannah Kaufman <hannah@kaufman.example.net>', '', '', 'Hi Hannah,', '', 'Could you introduce me?',
    ].join('\n'));
    expect(split.newText).toBe('Zoë, meet Ravi.');
    expect(split.forwarded).toEqual([{
      from: { name: 'Ravi Menon', email: 'ravi.menon@ledgerline.example.com' },
      to: [{ name: 'Hannah Kaufman', email: 'hannah@kaufman.example.net' }],
      date: 'Mon, Mar 11, 2024 at 9:02 PM', subject: 'Intro to Zoë?', text: 'Hi Hannah,\n\nCould you introduce me?',
    }]);
  });

  it('reads Outlook "Original Message" and Apple quoted forwards', () => {
    const outlook = splitMessageText('See below.\n-----Original Message-----\nFrom: Dana <dana@example.org>\nSent: Monday\nSubject: Hi\n\nBody');
    expect(outlook.forwarded[0]).toMatchObject({ from: { name: 'Dana', email: 'dana@example.org' }, date: 'Monday', text: 'Body' });
    const apple = splitMessageText('FYI\n\nBegin forwarded message:\n\n> From: Dana <dana@example.org>\n> Subject: Hi\n> Date: 5 May\n>\n> Body');
    expect(apple.newText).toBe('FYI');
    expect(apple.forwarded[0]).toMatchObject({ from: { name: 'Dana', email: 'dana@example.org' }, subject: 'Hi', text: 'Body' });
  });

  it('reads an Outlook header block after a line of underscores as a quoted message', () => {
    const split = splitMessageText([
      'Thanks Martin (moving you to bcc).', '', '________________________________',
      'From: Martin Hale <martin.hale@example.com>', 'Sent: Monday, May 13, 2024 4:02 PM',
      'To: Claire Dubois <claire.dubois@example.org>; Oliver Grant <oliver@threadmill.example.net>',
      'Subject: Intro: Claire <> Oliver', '', 'Claire, meet Oliver.',
    ].join('\n'));
    expect(split.newText).toBe('Thanks Martin (moving you to bcc).');
    expect(split.quoted).toEqual([{
      from: { name: 'Martin Hale', email: 'martin.hale@example.com' },
      to: [{ name: 'Claire Dubois', email: 'claire.dubois@example.org' }, { name: 'Oliver Grant', email: 'oliver@threadmill.example.net' }],
      date: 'Monday, May 13, 2024 4:02 PM', subject: 'Intro: Claire <> Oliver', text: 'Claire, meet Oliver.',
    }]);
  });

  it('does not take a sentence starting with "From" for a header block', () => {
    const split = splitMessageText('Sure, happy to.\nFrom Thursday I\'m travelling.\nFrom: my phone, Date: whenever');
    expect(split.newText).toBe('Sure, happy to.\nFrom Thursday I\'m travelling.\nFrom: my phone, Date: whenever');
    expect(split.quoted).toEqual([]);
  });

  it('splits the signature after "-- " and keeps mobile footers as the signature', () => {
    expect(splitMessageText('Hi\n\nDana\n\n-- \nDana Whitfield\nWhitfield Advisory')).toMatchObject({ newText: 'Hi\n\nDana', signature: 'Dana Whitfield\nWhitfield Advisory' });
    expect(splitMessageText('Cheers,\nGreg\n\nSent from my iPhone')).toMatchObject({ newText: 'Cheers,\nGreg', signature: 'Sent from my iPhone' });
    expect(splitMessageText('Ok\n\nGet Outlook for iOS')).toMatchObject({ newText: 'Ok', signature: 'Get Outlook for iOS' });
  });

  it('keeps quoted signatures out of the quoted text', () => {
    const split = splitMessageText('Ok\n\nOn Mon, Mar 4, 2024 at 10:12 AM Dana <d@example.org> wrote:\n> Hi\n>\n> -- \n> Dana Whitfield');
    expect(split.quoted[0].text).toBe('Hi');
  });

  it('leaves prose that merely ends in "wrote:" as new text', () => {
    expect(splitMessageText('Here is what she wrote:\n\nNothing more.').newText).toBe('Here is what she wrote:\n\nNothing more.');
  });

  it('reads CRLF bodies like LF ones', () => {
    expect(splitMessageText('Yes\r\n\r\nOn Mon, 4 Mar 2024 at 10:12, Dana <d@example.org> wrote:\r\n> Hi\r\n').quoted[0].text).toBe('Hi');
  });

  describe('on inputs built to make parsers backtrack', () => {
    const bodies = adversarialBodies();
    // A generous bound that only a super-linear parser misses; the bench measures the real figures.
    const bound = 1000;

    it.each(Object.entries(bodies))('splits %s quickly, as text and as HTML', (_name, body) => {
      const started = Date.now();
      splitMessageText(body);
      htmlToText(body);
      expect(Date.now() - started).toBeLessThan(bound);
    });

    it('finds every level of 200-deep nested replies', () => {
      const split = splitMessageText(bodies.nested200);
      expect(split.newText).toBe('Reply number 200.');
      expect(split.quoted).toHaveLength(199);
      expect(split.quoted[198].text).toBe('Reply number 1.');
    });
  });
});
