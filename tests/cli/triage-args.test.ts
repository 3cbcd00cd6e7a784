import { parseTriageArgs, UsageError } from '../../src/cli/triage-args';

describe('parseTriageArgs', () => {
  it('reads --me (repeated or comma-separated, lower-cased), --pretty and paths in any order', () => {
    expect(parseTriageArgs(['a.eml', '--me', 'Me@Example.com,alias@example.com', '--pretty', '--me=third@example.com', 'dir'])).toEqual({
      help: false, me: ['me@example.com', 'alias@example.com', 'third@example.com'], paths: ['a.eml', 'dir'], pretty: true,
    });
  });

  it('takes everything after -- as paths', () => {
    expect(parseTriageArgs(['--me', 'me@example.com', '--', '--odd.eml'])).toMatchObject({ paths: ['--odd.eml'] });
  });

  it('answers --help before checking anything else', () => {
    expect(parseTriageArgs(['--help', '--bogus'])).toEqual({ help: true });
  });

  it.each([
    [['a.eml'], '--me ADDRESS is required'],
    [['--me'], '--me needs an address'],
    [['--me', '--pretty', 'a.eml'], '--me needs an address'],
    [['--me', 'nobody', 'a.eml'], '--me takes email addresses'],
    [['--me', 'me@example.com'], 'give at least one .eml, .mbox or folder PATH'],
    [['--me', 'me@example.com', '--json', 'a.eml'], 'unknown option --json'],
  ])('rejects %j: %s', (argv, message) => {
    expect(() => parseTriageArgs(argv)).toThrow(new UsageError(message));
  });
});
