import { BoundedMemo } from '../../src/core/bounded-memo';

describe('BoundedMemo', () => {
  it('works an answer out once, and starts afresh past its limit', () => {
    let computed = 0;
    const memo = new BoundedMemo<number>(2, (key) => (computed++, key.length));
    const lengthOf = (key: string) => memo.get(key);
    expect([lengthOf('ab'), lengthOf('ab'), lengthOf('abc')]).toEqual([2, 2, 3]);
    expect(computed).toBe(2);
    lengthOf('abcd');
    lengthOf('ab');
    expect(computed).toBe(4);
    memo.clear();
    lengthOf('abcd');
    expect(computed).toBe(5);
  });
});
