import { findEmailAddresses } from '../../../src/core/text/email-addresses';

describe('findEmailAddresses', () => {
  it('finds every address in prose, in order, as written', () => {
    expect(findEmailAddresses('Write to Ana.Lima@Example.COM or bo+intro@mail.example.org, not me.')).toEqual([
      'Ana.Lima@Example.COM',
      'bo+intro@mail.example.org',
    ]);
  });

  it('stops at the first character an address cannot hold, a closing full stop included', () => {
    expect(findEmailAddresses('<kim@example.com>. (lee@example.net),')).toEqual(['kim@example.com', 'lee@example.net']);
    expect(findEmailAddresses('ends kim@example.com.')).toEqual(['kim@example.com']);
  });

  it('needs a dotted domain and something before the @', () => {
    expect(findEmailAddresses('@handle, kim@localhost, a@b, @example.com')).toEqual([]);
  });

  it('takes at most 64 characters before the @ and 63 in a label', () => {
    const local = 'x'.repeat(70);
    expect(findEmailAddresses(`${local}@example.com`)).toEqual([`${'x'.repeat(64)}@example.com`]);
    expect(findEmailAddresses(`kim@${'d'.repeat(64)}.com`)).toEqual([]);
    expect(findEmailAddresses(`kim@example.${'c'.repeat(70)}`)).toEqual([`kim@example.${'c'.repeat(63)}`]);
  });

  it('does not reuse the end of one address as the start of the next', () => {
    expect(findEmailAddresses('a@b.com@c.org')).toEqual(['a@b.com']);
  });
});
