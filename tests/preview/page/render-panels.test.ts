// Tests for the mail panels: thread, drafts and log show email text as text, never as markup.
import { renderDrafts, renderLog, renderThreadList, renderThreadView } from '../../../src/preview/page/render-panels';

describe('renderThreadView', () => {
  const html = renderThreadView({
    id: 't1',
    subject: 'Meet <b>Nova</b> & friends',
    messages: [
      { id: 'm1', from: '"Nova <Updates>" <news@nova.example.org>', to: 'alex.morgan@example.com', cc: '', date: '2026-11-22T06:00:00.000Z', text: 'Hello <script>x</script>', history: '' },
      { id: 'm2', from: 'Alex Morgan <alex.morgan@example.com>', to: 'news@nova.example.org', cc: 'ben@example.net', date: '2026-11-23T06:00:00.000Z', text: 'Thanks', history: '> Hello' },
    ],
  });

  it('shows the subject, senders and bodies as text', () => {
    expect(html).toContain('<h1 class="thread-subject-line">Meet &lt;b&gt;Nova&lt;/b&gt; &amp; friends</h1>');
    expect(html).toContain('&quot;Nova &lt;Updates&gt;&quot; &lt;news@nova.example.org&gt;');
    expect(html).toContain('Hello &lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('Sun, 22 Nov 2026');
  });

  it('folds quoted history behind a toggle and shows cc only when there is one', () => {
    expect(html.match(/<details class="history">/g)).toHaveLength(1);
    expect(html).toContain('<pre>&gt; Hello</pre>');
    expect(html.match(/<span>cc<\/span>/g)).toHaveLength(1);
  });
});

describe('renderThreadList', () => {
  it('marks the open thread and names uploaded files', () => {
    const html = renderThreadList(
      [
        { id: 'a', subject: 'One', from: 'Dana', date: '2026-11-17T17:12:44.000Z', file: '01.eml', uploaded: false },
        { id: 'b', subject: '', from: 'Me', date: '', file: 'mine.mbox', uploaded: true },
      ],
      'b',
    );
    expect(html).toContain('class="thread-item" data-thread-id="a"');
    expect(html).toContain('class="thread-item open" data-thread-id="b"');
    expect(html).toContain('(no subject)');
    expect(html).toContain('uploaded: mine.mbox');
    expect(html).toContain('17 Nov');
  });
});

describe('renderDrafts', () => {
  it('lists every draft newest first with its recipients, subject and body', () => {
    const html = renderDrafts(
      [
        { id: 'd1', to: 'tomas@example.net', cc: '', bcc: 'dana@example.org', subject: 'Re: Alex <> Tomás', body: 'Thanks Dana (moving you to Bcc)', inThread: 'Alex <> Tomás' },
        { id: 'd2', to: '', cc: '', bcc: '', subject: 'Intro?', body: 'Hi', inThread: '' },
      ],
      'd1',
    );
    expect(html.indexOf('data-draft-id="d2"')).toBeLessThan(html.indexOf('data-draft-id="d1"'));
    expect(html).toContain('class="draft highlight" data-draft-id="d1"');
    expect(html).toContain('<dd data-field-name="bcc">dana@example.org</dd>');
    expect(html).toContain('Reply in “Alex &lt;&gt; Tomás”');
    expect(html).toContain('New message');
  });

  it('says so when there are no drafts', () => {
    expect(renderDrafts([], null)).toContain('No drafts yet');
  });
});

describe('renderLog', () => {
  it('renders the header row and pads short rows to its width', () => {
    const html = renderLog({ title: 'Intro Guard log', rows: [['thread id', 'subject', 'outcome'], ['t1', '=HYPERLINK("x")']] });
    expect(html).toContain('<th>thread id</th><th>subject</th><th>outcome</th>');
    expect(html).toContain('<td>t1</td><td>=HYPERLINK(&quot;x&quot;)</td><td></td>');
  });

  it('says so when there is no log yet', () => {
    expect(renderLog(null)).toContain('No intro log yet');
  });
});
