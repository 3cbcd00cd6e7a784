import { htmlToText } from '../../../src/core/thread/html-to-text';

describe('htmlToText', () => {
  it('turns Gmail divs and br into lines, one blank line between paragraphs', () => {
    expect(htmlToText('<div dir="ltr">Hi Ana,<div><br></div><div>Meet <b>Devon</b>.</div><p>Bye</p><p>Olga</p></div>')).toBe(
      'Hi Ana,\n\nMeet Devon.\n\nBye\n\nOlga',
    );
  });

  it('prefixes blockquote contents with "> " per nesting level', () => {
    const html = '<div>Yes!</div><div class="gmail_quote"><div class="gmail_attr">On Mon, Dana &lt;d@example.org&gt; wrote:<br></div>'
      + '<blockquote class="gmail_quote">Open to it?<blockquote>First <i>ask</i></blockquote></blockquote></div>';
    expect(htmlToText(html)).toBe('Yes!\nOn Mon, Dana <d@example.org> wrote:\n> Open to it?\n> > First ask');
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('Caf&eacute; &amp; tea &ndash; &#8364;5 &#x1F600; &rsquo;&nbsp;&unknown;')).toBe('Café & tea – €5 😀 ’ &unknown;');
    // The first, a middle and the last of the named references keep their places in the table.
    expect(htmlToText('&amp;&lt;&apos;&hellip;&euro;&szlig;&Oslash;&thorn;')).toBe("&<'…€ßØþ");
  });

  it('drops script, style, head and comments, and keeps a stray "<" as text', () => {
    expect(htmlToText('<html><head><title>T</title><style>p{x:1}</style></head><body><!-- hidden --><script>var a = "<p>";</script>1 < 2</body></html>')).toBe('1 < 2');
  });

  it('collapses white space outside pre and keeps it inside', () => {
    expect(htmlToText('<p>a   b\n  c</p><pre>x  y\n  z</pre>')).toBe('a b c\n\nx  y\n  z');
  });

  it('lists items and keeps table cells apart', () => {
    expect(htmlToText('<ul><li>one</li><li>two</li></ul><table><tr><td>Isabel</td><td>Lead</td></tr></table>')).toBe('- one\n- two\nIsabel Lead');
  });

  it('reads a tag whose quoted attribute holds ">"', () => {
    expect(htmlToText('<a title="a > b" href="x">link</a>')).toBe('link');
  });
});
