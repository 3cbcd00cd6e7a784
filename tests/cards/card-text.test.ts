import { escapeCardText, html, plainCardText, trimForDisplay } from '../../src/cards/card-text';

describe('escapeCardText', () => {
  it('turns markup in a subject or name into text', () => {
    expect(escapeCardText('<b>Urgent</b> intro')).toBe('&lt;b&gt;Urgent&lt;/b&gt; intro');
    expect(escapeCardText('<a href="https://evil.example">click</a>')).toBe('&lt;a href=&quot;https://evil.example&quot;&gt;click&lt;/a&gt;');
    expect(escapeCardText(`Tom & Jerry's "deal"`)).toBe('Tom &amp; Jerry&#39;s &quot;deal&quot;');
    expect(escapeCardText('&amp; already')).toBe('&amp;amp; already');
  });

  it('keeps emoji whole, also when trimming', () => {
    expect(escapeCardText('Coffee? ☕🙂')).toBe('Coffee? ☕🙂');
    expect(escapeCardText('🙂🙂🙂🙂', 3)).toBe('🙂🙂…');
  });

  it('isolates right-to-left text and drops bidi overrides that could disguise an address', () => {
    expect(escapeCardText('שלום <דנה>')).toBe('\u2068שלום &lt;דנה&gt;\u2069');
    expect(escapeCardText('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
  });

  it('collapses whitespace and control characters into one line', () => {
    expect(escapeCardText('  Hi\r\n\tthere\u0007 ')).toBe('Hi there');
  });

  it('trims before escaping, so an entity is never cut in half', () => {
    expect(escapeCardText('a&b&c', 4)).toBe('a&amp;b…');
    expect(escapeCardText('x'.repeat(10_000)).length).toBe(500);
  });
});

describe('plainCardText', () => {
  it('cleans and trims without escaping, for fields shown as plain text', () => {
    expect(plainCardText('  <b>Dana</b> & co\n', 100)).toBe('<b>Dana</b> & co');
    expect(plainCardText('abcdef', 4)).toBe('abc…');
  });
});

describe('html', () => {
  it('joins our own wording with escaped pieces', () => {
    expect(html`<b>${escapeCardText('<i>x</i>')}</b> wrote`).toBe('<b>&lt;i&gt;x&lt;/i&gt;</b> wrote');
  });
});

describe('trimForDisplay', () => {
  it('leaves short text alone', () => {
    expect(trimForDisplay('short', 10)).toBe('short');
  });
});
