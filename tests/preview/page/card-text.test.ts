// Tests for the card text sanitizer: the card HTML subset stays markup, nothing else does, nothing is escaped twice.
import { cardHtml, escapeHtml } from '../../../src/preview/page/card-text';

describe('cardHtml', () => {
  it('keeps the formatting tags cards support', () => {
    expect(cardHtml('<b>bold</b> <i>it</i> <u>u</u> <s>s</s> <time>Tuesday</time>')).toBe(
      '<b>bold</b> <i>it</i> <u>u</u> <s>s</s> <time>Tuesday</time>',
    );
  });

  it('keeps a line break written either way', () => {
    expect(cardHtml('a<br>b<br/>c<BR />d')).toBe('a<br>b<br>c<br>d');
  });

  it('keeps a hex or named font colour and drops any other attribute value', () => {
    expect(cardHtml('<font color="#d93025">late</font>')).toBe('<font color="#d93025">late</font>');
    expect(cardHtml("<font color='green'>ok</font>")).toBe('<font color="green">ok</font>');
    expect(cardHtml('<font color="red;background:url(x)">x</font>')).toBe('<font>x</font>');
  });

  it('keeps web and mail links and opens them in a new tab', () => {
    expect(cardHtml('<a href="https://docs.google.com/spreadsheets/d/1">log</a>')).toBe(
      '<a href="https://docs.google.com/spreadsheets/d/1" target="_blank" rel="noopener noreferrer">log</a>',
    );
    expect(cardHtml('<a href="mailto:dana@example.org">Dana</a>')).toContain('href="mailto:dana@example.org"');
  });

  it('strips the address of a script link but keeps its text', () => {
    expect(cardHtml('<a href="javascript:alert(1)">click</a>')).toBe('<a>click</a>');
    expect(cardHtml('<a href="&#106;avascript:alert(1)">click</a>')).toBe('<a>click</a>');
  });

  it('shows every other tag as text', () => {
    expect(cardHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(cardHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(cardHtml('<b onclick="x()">hi</b>')).toBe('<b>hi</b>');
  });

  it('shows a stray closing tag as text and closes tags left open', () => {
    expect(cardHtml('a</b>')).toBe('a&lt;/b&gt;');
    expect(cardHtml('<b><i>open')).toBe('<b><i>open</i></b>');
    expect(cardHtml('<b><i>x</b>y')).toBe('<b><i>x</i></b>y');
  });

  it('keeps entities the add-on wrote instead of escaping them again', () => {
    expect(cardHtml('Tom &amp; Jerry')).toBe('Tom &amp; Jerry');
    expect(cardHtml('&lt;b&gt;Nova&lt;/b&gt;')).toBe('&lt;b&gt;Nova&lt;/b&gt;');
    expect(cardHtml('O&#39;Brien &#x1F69A;')).toBe('O&#39;Brien &#x1F69A;');
  });

  it('escapes a bare ampersand, angle brackets and quotes', () => {
    expect(cardHtml('R&D < 5 > 3 "q"')).toBe('R&amp;D &lt; 5 &gt; 3 &quot;q&quot;');
    expect(cardHtml('a & b; c')).toBe('a &amp; b; c');
  });

  it('leaves emoji and right-to-left text alone', () => {
    expect(cardHtml('🚚 مرحبا بك')).toBe('🚚 مرحبا بك');
  });
});

describe('escapeHtml', () => {
  it('shows plain-text fields verbatim, entities included', () => {
    expect(escapeHtml('<b>Dana</b> & "co" \'x\'')).toBe('&lt;b&gt;Dana&lt;/b&gt; &amp; &quot;co&quot; &#39;x&#39;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
