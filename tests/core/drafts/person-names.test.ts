import { firstName, fullName, nameFromAddress, personFromRecipient } from '../../../src/core/drafts/person-names';

describe('person names', () => {
  it('takes the first name from a display name, including "Last, First"', () => {
    expect(firstName({ name: 'Tomás Ferreira', email: 't@x.example' })).toBe('Tomás');
    expect(firstName({ name: 'Ferreira, Tomás', email: '' })).toBe('Tomás');
  });

  it('guesses a name from a personal address and none from a role or numbered one', () => {
    expect(nameFromAddress('tomas.ferreira@larkspur.example.net')).toBe('Tomas Ferreira');
    expect(nameFromAddress('info@example.com')).toBe('');
    expect(nameFromAddress('jd1984@example.com')).toBe('');
    expect(fullName({ name: '', email: 'lee_park@example.net' })).toBe('Lee Park');
    expect(firstName(null)).toBe('');
  });

  it('reads a compose recipient with or without a display name', () => {
    expect(personFromRecipient('"Lee Park" <Lee@Park.example.net>')).toEqual({ name: 'Lee Park', email: 'lee@park.example.net' });
    expect(personFromRecipient(' lee@park.example.net ')).toEqual({ name: '', email: 'lee@park.example.net' });
  });
});
