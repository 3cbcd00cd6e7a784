// Every corpus thread through the built bundle: open it, press every button its card offers, check every draft.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeGmailApp } from '../../src/local/fake-gmail-app';
import { corpusDir } from '../../bench/fixtures/corpus';
import { buttonsOf, openSidebar, openThread, press, textOf, type Json } from './sidebar-harness';

interface Label { id: string; file: string; me: string; kind: string; introducer: string; parties: string[] }

const corpus = corpusDir();
const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')) as Label[];
const KIND_TITLES: Record<string, RegExp> = {
  intro: /an intro to you/i, 'my-intro': /an intro you made/i, 'intro-request': /an intro request/i,
  'consent-ask': /a double opt-in ask/i, other: /not about an intro/i,
};
const addresses = (list: string) => list.split(',').map((a) => (/<([^>]+)>/.exec(a)?.[1] ?? a).trim().toLowerCase()).filter(Boolean);

describe.each(labels.map((l) => [l.id, l] as const))('corpus thread %s', (_id, label) => {
  it('opens to a card and every draft button opens a draft addressed as the etiquette asks', async () => {
    const gmail = await FakeGmailApp.fromFiles([join(corpus, label.file)], { owner: label.me });
    const sidebar = openSidebar(gmail, label.me);
    const [threadId] = gmail.threadIds();
    const messages = gmail.messageIdsOf(threadId).length;
    gmail.calls.reset();
    const { card, event } = openThread(sidebar, threadId);

    expect(card.header.title).not.toMatch(/could not/);
    // One read pass: token, message, thread, message list, then at most 10 getters a message.
    expect(gmail.calls.total()).toBeLessThanOrEqual(4 + 10 * messages);
    expect(gmail.calls.count('GmailThread.getMessages')).toBe(1);

    const sure = KIND_TITLES[label.kind].test(card.header.title);
    for (const button of buttonsOf(card).filter((b) => b.compose)) {
      const before = gmail.drafts().length;
      const response = press(sidebar, event, button);
      const draft = response.gmailDraft as Json;
      expect(draft).toBeDefined();
      expect(gmail.drafts()).toHaveLength(before + 1);
      const to = addresses(draft.to), cc = addresses(draft.cc), bcc = addresses(draft.bcc);
      expect([...to, ...cc, ...bcc]).not.toContain(label.me);
      expect(draft.body).not.toMatch(/\{[a-z_]+\}/);
      expect(draft.subject).not.toBe('');
      expect(draft.ignoredOptions).toEqual([]);
      const which = button.parameters.draft;
      if (button.compose === 'REPLY_AS_DRAFT') expect(draft.threadId).toBe(threadId);
      else expect(draft.inReplyTo).toBeNull();

      // Where the card reads the thread as labelled, the addresses must be the labelled people.
      if (!sure || !label.introducer || label.introducer === 'me') continue;
      const introducer = label.introducer.toLowerCase();
      if (which === 'reply-move-to-bcc') {
        expect(bcc).toEqual([introducer]);
        expect(draft.body).toMatch(/BCC/);
        if (!to.includes(introducer)) expect(to.some((a) => label.parties.map((p) => p.toLowerCase()).includes(a))).toBe(true);
      }
      if (['decline-kindly', 'consent-yes', 'consent-no', 'ask-for-blurb', 'decline-contact-details'].includes(which)) {
        expect(to).toEqual([introducer]);
        expect(bcc).toEqual([]);
      }
      if (which === 'consent-ask') {
        expect(to).toEqual(label.parties.map((p) => p.toLowerCase()).filter((p) => p).slice(0, 1));
        expect(draft.body).toMatch(/no reply is a fine answer/);
      }
    }
    // Nothing is ever sent: only drafts exist, and no draft carries the owner.
    expect(textOf(gmail.drafts())).not.toContain('"sent"');
  });
});
