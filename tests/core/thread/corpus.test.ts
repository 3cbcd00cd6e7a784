// The thread model over every case of the shared corpus, read as the CLI reads it.
import { basename } from 'node:path';
import { corpusCaseFiles } from '../../../bench/fixtures/corpus';
import { readMailFile } from '../../../src/cli/mail-file';
import { buildThread } from '../../../src/core/thread/build-thread';
import type { Thread } from '../../../src/core/thread/thread';

const threads = new Map<string, Thread>();

beforeAll(async () => {
  for (const path of corpusCaseFiles()) threads.set(basename(path), buildThread(await readMailFile(path)));
});

const messagesOf = (file: string) => {
  const thread = threads.get(file);
  if (!thread) throw new Error(`no corpus case ${file}`);
  return thread.messages;
};

describe('the thread model over the corpus', () => {
  it('reads all 53 cases and 78 messages', () => {
    expect(threads.size).toBe(53);
    expect([...threads.values()].reduce((sum, thread) => sum + thread.messages.length, 0)).toBe(78);
  });

  it('leaves no attribution, quote marker, forward marker or header block in any new text', () => {
    for (const [file, thread] of threads) {
      for (const message of thread.messages) {
        const offending = message.newText.split('\n').filter((line) =>
          /^\s*>/.test(line) || /wrote:\s*$/.test(line) || /Forwarded message|Original Message/i.test(line) || /^(Sent|Subject):/.test(line));
        expect({ file, offending }).toEqual({ file, offending: [] });
      }
    }
  });

  it('gives every message a sender address and keeps its own words', () => {
    for (const thread of threads.values()) {
      for (const message of thread.messages) {
        expect(message.from.email).toMatch(/@/);
        expect(message.newText.length).toBeGreaterThan(0);
      }
    }
  });

  it('finds the ask and the yes as quoted messages with their authors in d015', () => {
    const [intro] = messagesOf('d015.eml');
    expect(intro.newText).toMatch(/^Thanks for agreeing to this, Funmi!/);
    expect(intro.quoted.map((q) => [q.from?.email, q.text])).toEqual([
      ['f.adebayo@example.net', 'Sure, I can do a coffee later this month.\n\nF'],
      ['nick.harlow@example.com', expect.stringMatching(/^Hi Funmi,\n\nWould you be up for grabbing a coffee with my mentee Becca\?/)],
    ]);
  });

  it('finds the forwarded request from Ravi in d009', () => {
    const [message] = messagesOf('d009.eml');
    expect(message.newText).toMatch(/Over to you two!\nHannah$/);
    expect(message.forwarded).toHaveLength(1);
    expect(message.forwarded[0]).toMatchObject({
      from: { name: 'Ravi Menon', email: 'ravi.menon@ledgerline.example.com' },
      subject: 'Intro to Zoë?',
      text: expect.stringMatching(/^Hi Hannah,[\s\S]*Ravi$/),
    });
  });

  it('reads the Outlook header block in d018 as the quoted intro', () => {
    const [reply] = messagesOf('d018.eml');
    expect(reply.newText).not.toMatch(/_{5}/);
    expect(reply.quoted[0]).toMatchObject({ from: { email: 'martin.hale@example.com' }, subject: 'Intro: Claire <> Oliver' });
  });

  it('keeps a body line starting with "From " in the text (d014)', () => {
    expect(messagesOf('d014.mbox')[1].newText).toBe('Sure, happy to.\nFrom Thursday I\'m travelling though, so replies might be slow.\n\nG');
  });

  it('splits "-- " signatures and mobile footers', () => {
    expect(messagesOf('d001.mbox')[0].signature).toBe('Dana Whitfield\nWhitfield Advisory | whitfield.example.org');
    expect(messagesOf('d003.mbox')[0]).toMatchObject({ signature: 'Sent from my iPhone', newText: expect.stringMatching(/Greg$/) });
    expect(messagesOf('d028.eml')[0].signature).toMatch(/^Dr\. Marco Bellini/);
  });

  it('turns HTML-only bodies into text, the Gmail signature split off', () => {
    const [message] = messagesOf('d005.eml');
    expect(message.newText).toMatch(/^Hi Devon and Ana,\n\nThanks both for saying yes to this one!\n\nAna, meet Devon Price/);
    expect(message.newText).not.toMatch(/[<>]/);
    expect(message.signature).toBe('Olga Petrova\nHead of Design Systems, Meridian');
    expect(messagesOf('d011.eml')[0]).toMatchObject({ newText: expect.stringMatching(/^Tobias meet Mateo/), signature: 'Sent from my iPhone' });
  });

  it('puts the forward inside a quoted message among the forwarded ones (d023)', () => {
    const reply = messagesOf('d023.mbox')[2];
    expect(reply.newText).toBe('Happy to, go ahead and connect us.\n\nH');
    expect(reply.quoted[0].from?.email).toBe('yusuf.demir@example.com');
    expect(reply.forwarded[0].from?.email).toBe('anika@loomwork.example.org');
  });
});
