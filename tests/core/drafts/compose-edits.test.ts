import { composeFromTemplate, moveToBcc } from '../../../src/core/drafts/compose-edits';
import type { UserSettings } from '../../../src/core/ports/settings-store';

const settings = (overrides: Partial<UserSettings> = {}): UserSettings => ({ templates: {}, signOff: '', kindCorrections: {}, ...overrides });
const ME = 'priya.raman@northwind.example.com';

describe('composeFromTemplate', () => {
  it('writes the double opt-in ask to the first recipient, marking what only the user knows', () => {
    const edit = composeFromTemplate('consent-ask', [{ name: '', email: 'lee.park@example.net' }], settings(), ME);
    expect(edit.subject).toBe('Would you like an intro to [requester full]?');
    expect(edit.body).toMatch(/^Hi Lee,\n\n\[requester full\] asked me to introduce you\./);
    expect(edit.body).toContain('[their note: who they are and what is in it for you]');
    expect(edit.body?.endsWith('\n\nPriya')).toBe(true);
  });

  it('writes the intro naming the first two recipients and signs with the saved sign-off', () => {
    const edit = composeFromTemplate('write-the-intro', [{ name: 'Lee Park', email: 'lee@x.example' }, { name: 'Kyle Brennan', email: 'k@x.example' }], settings({ signOff: 'P.' }), ME);
    expect(edit.subject).toBe('Intro: Lee Park and Kyle Brennan');
    expect(edit.body).toMatch(/^Hi Lee and Kyle,\n\nThank you both for saying yes\. Lee, meet Kyle; Kyle, meet Lee\.\n\n\[why you two should talk\]/);
    expect(edit.body?.endsWith('\n\nP.')).toBe(true);
  });

  it('uses the user version of a template', () => {
    const edit = composeFromTemplate('write-the-intro', [], settings({ templates: { 'write-the-intro': { subject: 'Hello', body: 'Hi {person_a}' } } }), ME);
    expect(edit).toEqual({ subject: 'Hello', body: 'Hi [person a]' });
  });
});

describe('moveToBcc', () => {
  it('takes the introducer out of To and Cc, adds them to BCC and thanks them, addressing who stays', () => {
    const edit = moveToBcc('dana@whitfield.example.org', {
      to: ['"Dana Whitfield" <dana@whitfield.example.org>', 'tomas.ferreira@larkspur.example.net'],
      cc: ['DANA@whitfield.example.org', 'sam@example.com'],
      bcc: ['archive@northwind.example.com'],
    }, settings(), ME);
    expect(edit.to).toEqual(['tomas.ferreira@larkspur.example.net']);
    expect(edit.cc).toEqual(['sam@example.com']);
    expect(edit.bcc).toEqual(['archive@northwind.example.com', 'dana@whitfield.example.org']);
    expect(edit.body).toMatch(/^Thank you for connecting us, Dana\. I'm moving you to BCC/);
    expect(edit.body).toContain('\n\nTomas, good to meet you.');
  });

  it('does not add the introducer to BCC twice', () => {
    const edit = moveToBcc('dana@x.example', { to: ['dana@x.example'], cc: [], bcc: ['dana@x.example'] }, settings(), ME);
    expect(edit.bcc).toEqual(['dana@x.example']);
    expect(edit.to).toEqual([]);
  });
});
