// Who a name in the text refers to: first names, the owner's own name, and the short forms people sign with.
import { rawMessage } from '../../../bench/fixtures/synthetic-mail';
import { buildThread } from '../../../src/core/thread/build-thread';
import { People } from '../../../src/core/triage/people';
import { buildTimeline } from '../../../src/core/triage/timeline';

function peopleOf(to: string, cc: string): People {
  const thread = buildThread([rawMessage({ from: '"Gwen Lloyd" <gwen@example.com>', to, cc, plainBody: 'Hello both.' })]);
  return new People(thread, buildTimeline(thread), ['gwen@example.com']);
}

describe('People.namedBy', () => {
  const people = peopleOf('"Samuel Okoro" <samuel@example.net>', '"Alexandra Petit" <alexandra@example.org>');

  it('finds people by first name and the owner by their own', () => {
    expect(people.namedBy('Samuel')?.email).toBe('samuel@example.net');
    expect(people.namedBy('Gwen')?.email).toBe('gwen@example.com');
  });

  it('reads a short form of exactly one first name on the thread', () => {
    expect(people.namedBy('Sam')?.email).toBe('samuel@example.net');
    expect(people.namedBy('Alex')?.email).toBe('alexandra@example.org');
  });

  it('reads no short form of two letters, or one that fits two people', () => {
    expect(people.namedBy('Al')).toBeNull();
    const twoDans = peopleOf('"Daniel Park" <daniel@example.net>', '"Dana Moss" <dana@example.org>');
    expect(twoDans.namedBy('Dan')).toBeNull();
    expect(twoDans.namedBy('Thanks')).toBeNull();
  });
});

describe('People.isKnownFirstName', () => {
  it('knows a first name written with or without its accents', () => {
    const people = peopleOf('"Oisín Ó Dálaigh" <oisin@example.net>', '"Rhiannon Pryce" <rhi@example.org>');
    expect(people.isKnownFirstName('oisín')).toBe(true);
    expect(people.isKnownFirstName('oisin')).toBe(true);
    expect(people.isKnownFirstName('rhiannon')).toBe(true);
    expect(people.isKnownFirstName('declan')).toBe(false);
    // A short form counts written as a name is, with a capital: "the" in "meet the team" is no Theodore.
    expect(people.isKnownFirstName('Rhi')).toBe(true);
    expect(people.isKnownFirstName('rhi')).toBe(false);
  });
});

describe('People.firstNames', () => {
  it('knows the name someone goes by from an address that pairs it with their surname', () => {
    const people = peopleOf('"Dorothy Pryce" <dot.pryce@example.net>', '"Robert Hale" <info@example.org>');
    expect(people.namedBy('Dot')?.email).toBe('dot.pryce@example.net');
    expect(people.namedBy('Dorothy')?.email).toBe('dot.pryce@example.net');
    expect(people.namedBy('Info')).toBeNull();
  });
});
