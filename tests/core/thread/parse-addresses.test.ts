import { parseAddressList, parsePerson } from '../../../src/core/thread/parse-addresses';

describe('parseAddressList', () => {
  it('reads quoted names with commas and lower-cases the address', () => {
    expect(parseAddressList('"Whitfield, Dana" <Dana@Whitfield.Example.org>, bob@example.net')).toEqual([
      { name: 'Whitfield, Dana', email: 'dana@whitfield.example.org' },
      { name: '', email: 'bob@example.net' },
    ]);
  });

  it('keeps an unquoted "Last, First" name together', () => {
    expect(parseAddressList('Whitfield, Dana <dana@example.org>')).toEqual([{ name: 'Whitfield, Dana', email: 'dana@example.org' }]);
  });

  it('reads group members and drops the group name', () => {
    expect(parseAddressList('Team: a@example.com, "B" <b@example.com>;, c@example.com')).toEqual([
      { name: '', email: 'a@example.com' },
      { name: 'B', email: 'b@example.com' },
      { name: '', email: 'c@example.com' },
    ]);
    expect(parseAddressList('undisclosed-recipients:;')).toEqual([]);
  });

  it('takes a name from a comment when there is no other', () => {
    expect(parseAddressList('dana@example.org (Dana Whitfield)')).toEqual([{ name: 'Dana Whitfield', email: 'dana@example.org' }]);
  });

  it('unescapes quoted pairs and keeps already decoded non-ASCII names', () => {
    expect(parsePerson('"Zoë \\"Z\\" Achterberg" <zoe@example.com>')).toEqual({ name: 'Zoë "Z" Achterberg', email: 'zoe@example.com' });
  });

  it('keeps a name with no address and gives nothing for an empty header', () => {
    expect(parseAddressList('"Engineering"')).toEqual([{ name: 'Engineering', email: '' }]);
    expect(parseAddressList('')).toEqual([]);
    expect(parsePerson('  ')).toBeNull();
  });
});
