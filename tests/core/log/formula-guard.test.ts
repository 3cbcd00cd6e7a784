import { neutraliseFormula } from '../../../src/core/log/formula-guard';

describe('neutraliseFormula', () => {
  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\nx'])('prefixes an apostrophe to %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Meet Tomás = great')).toBe('Meet Tomás = great');
    expect(neutraliseFormula('')).toBe('');
  });
});
