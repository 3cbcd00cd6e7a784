// Renders the page's mail panels as HTML: the thread list, the open thread, the drafts and the intro log.
import type { DraftView, LogView, ThreadSummary, ThreadView } from '../preview-api';
import { escapeHtml } from './card-text';

/** The thread list; the open thread is marked. */
export function renderThreadList(threads: ThreadSummary[], openId: string | null): string {
  return threads
    .map(
      (t) =>
        `<li><button type="button" class="thread-item${t.id === openId ? ' open' : ''}" data-thread-id="${escapeHtml(t.id)}">` +
        `<span class="thread-from">${escapeHtml(t.from)}</span><span class="thread-date">${escapeHtml(shortDate(t.date))}</span>` +
        `<span class="thread-subject">${escapeHtml(t.subject || '(no subject)')}</span>` +
        `<span class="thread-file">${t.uploaded ? 'uploaded: ' : ''}${escapeHtml(t.file)}</span></button></li>`,
    )
    .join('');
}

/** The open thread as Gmail shows it: every message, its history folded away behind "•••". */
export function renderThreadView(thread: ThreadView): string {
  const messages = thread.messages.map((m) => {
    const cc = m.cc ? `<div class="message-line"><span>cc</span> ${escapeHtml(m.cc)}</div>` : '';
    const history = m.history
      ? `<details class="history"><summary title="Show trimmed content">•••</summary><pre>${escapeHtml(m.history)}</pre></details>`
      : '';
    return (
      `<article class="message"><header><div class="message-from">${escapeHtml(m.from)}</div>` +
      `<div class="message-date">${escapeHtml(longDate(m.date))}</div>` +
      `<div class="message-line"><span>to</span> ${escapeHtml(m.to)}</div>${cc}</header>` +
      `<pre class="message-text">${escapeHtml(m.text)}</pre>${history}</article>`
    );
  });
  return `<h1 class="thread-subject-line">${escapeHtml(thread.subject || '(no subject)')}</h1>${messages.join('')}`;
}

/** Every draft the add-on created, newest first; none is ever sent. */
export function renderDrafts(drafts: DraftView[], highlightId: string | null): string {
  if (drafts.length === 0) return '<p class="empty">No drafts yet. Buttons in the sidebar that write a reply put it here.</p>';
  return [...drafts]
    .reverse()
    .map(
      (d) =>
        `<article class="draft${d.id === highlightId ? ' highlight' : ''}" data-draft-id="${escapeHtml(d.id)}">` +
        `<dl>${field('To', d.to)}${field('Cc', d.cc)}${field('Bcc', d.bcc)}${field('Subject', d.subject)}</dl>` +
        (d.inThread ? `<p class="draft-thread">Reply in “${escapeHtml(d.inThread)}”</p>` : '<p class="draft-thread">New message</p>') +
        `<pre class="draft-body">${escapeHtml(d.body)}</pre>` +
        `<button type="button" class="btn outlined" data-compose-draft="${escapeHtml(d.id)}">Open Intro Guard in this draft</button></article>`,
    )
    .join('');
}

/** The intro log sheet as a table of what the cells display. */
export function renderLog(log: LogView | null): string {
  if (!log || log.rows.length === 0) return '<p class="empty">No intro log yet. The add-on creates it the first time it logs an intro.</p>';
  const [header, ...rows] = log.rows;
  const head = `<tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${header.map((_, i) => `<td>${escapeHtml(r[i] ?? '')}</td>`).join('')}</tr>`).join('');
  return `<h2 class="log-title">${escapeHtml(log.title)}</h2><div class="log-scroll"><table class="log"><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}

function field(label: string, value: string): string {
  return `<div class="draft-field"><dt>${label}</dt><dd data-field-name="${label.toLowerCase()}">${escapeHtml(value)}</dd></div>`;
}

function shortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

function longDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }) + ' UTC';
}
