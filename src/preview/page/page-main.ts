// The preview page's script: keeps the sidebar's card stack and sends every press to the add-on on the server.
import type { CallResult, PreviewState } from '../preview-api';
import type { CardJson } from './card-json';
import { navigate } from './card-stack';
import { escapeHtml } from './card-text';
import { cardMenuItems, renderCard, type CardCall } from './render-card';
import { renderDrafts, renderLog, renderThreadList, renderThreadView } from './render-panels';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let state: PreviewState | null = null;
let openThreadId: string | null = null;
let highlightDraftId: string | null = null;
let stack: CardJson[] = [];
let busy = false;
let pending = 0;

// data-pending on <body> counts requests in flight; the browser tests wait for it to reach 0.
function setPending(change: number): void {
  pending += change;
  document.body.dataset.pending = String(pending);
}

async function api<T>(path: string, body?: unknown, raw?: Blob): Promise<T> {
  setPending(1);
  try {
    const response = await fetch(path, {
      method: body === undefined && raw === undefined ? 'GET' : 'POST',
      headers: raw ? { 'content-type': 'application/octet-stream' } : { 'content-type': 'application/json' },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const json = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new Error(json.error ?? `${response.status} ${response.statusText}`);
    return json;
  } finally {
    setPending(-1);
  }
}

function showState(next: PreviewState): void {
  state = next;
  byId('owner').textContent = `Signed in as ${next.owner}`;
  byId('addon-name').textContent = next.addOnName;
  byId('thread-list').innerHTML = renderThreadList(next.threads, openThreadId);
  byId('panel-drafts').innerHTML = renderDrafts(next.drafts, highlightDraftId);
  byId('panel-log').innerHTML = renderLog(next.log);
  byId('draft-count').textContent = String(next.drafts.length);
  byId('log-count').textContent = String(Math.max(0, (next.log?.rows.length ?? 1) - 1));
}

function showTab(name: string): void {
  for (const tab of document.querySelectorAll<HTMLElement>('[data-tab]')) tab.setAttribute('aria-selected', String(tab.dataset.tab === name));
  for (const panel of document.querySelectorAll<HTMLElement>('[data-panel]')) panel.hidden = panel.dataset.panel !== name;
}

function renderSidebar(): void {
  const sidebar = byId('sidebar');
  sidebar.innerHTML = stack.length > 0 ? renderCard(stack[stack.length - 1]) : '';
  byId('back-button').hidden = stack.length < 2;
  const items = stack.length > 0 ? cardMenuItems(stack[stack.length - 1]) : [];
  const menu = items.map((item) =>
    item.call
      ? `<li><button type="button" role="menuitem" data-call="${escapeHtml(JSON.stringify(item.call))}">${escapeHtml(item.label)}</button></li>`
      : `<li><a role="menuitem" href="${escapeHtml(item.link ?? '#')}" target="_blank" rel="noopener noreferrer">${escapeHtml(item.label)}</a></li>`,
  );
  for (const action of state?.universalActions ?? []) {
    menu.push(`<li><button type="button" role="menuitem" data-universal="${escapeHtml(action.function)}">${escapeHtml(action.label)}</button></li>`);
  }
  byId('menu-list').innerHTML = menu.join('');
}

function showError(message: string): void {
  stack = [];
  renderSidebar();
  byId('sidebar').innerHTML = `<div class="sidebar-error"><strong>The add-on failed</strong><pre>${escapeHtml(message)}</pre></div>`;
}

function toast(html: string): void {
  const element = byId('toast');
  element.innerHTML = html;
  element.hidden = false;
  window.clearTimeout(Number(element.dataset.timer));
  element.dataset.timer = String(window.setTimeout(() => (element.hidden = true), 6000));
}

function apply(result: CallResult): void {
  const response = result.response;
  if (response?.type === 'compose' || response?.type === 'update-draft') highlightDraftId = response.draftId;
  showState(result.state);
  if (result.error) return showError(result.error);
  if (!response) return;
  switch (response.type) {
    case 'cards':
      // Several cards from one trigger become a stack the back arrow walks through, the first at the bottom.
      stack = [...response.cards];
      break;
    case 'action':
      stack = navigate(stack, response.navigations);
      if (response.notification) toast(escapeHtml(response.notification));
      if (response.openLink) toast(`Opens <a href="${escapeHtml(response.openLink)}" target="_blank" rel="noopener noreferrer">${escapeHtml(response.openLink)}</a>`);
      break;
    case 'compose':
    case 'update-draft':
      showTab('drafts');
      toast(response.type === 'compose' ? 'Draft opened for editing (see Drafts). Nothing is sent.' : 'The draft was updated (see Drafts).');
      break;
    case 'none':
      break;
  }
  renderSidebar();
}

async function run(task: () => Promise<CallResult>): Promise<void> {
  if (busy) return;
  busy = true;
  byId('sidebar').classList.add('loading');
  try {
    apply(await task());
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error));
  } finally {
    busy = false;
    byId('sidebar').classList.remove('loading');
  }
}

function formInputs(): Record<string, string[]> {
  const inputs: Record<string, string[]> = {};
  for (const element of byId('sidebar').querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[data-field]')) {
    if (!element.name) continue;
    const checkable = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio');
    // Google leaves out a checkbox group or switch with nothing ticked, and an empty date.
    if (checkable && !(element as HTMLInputElement).checked) continue;
    const value = element.dataset.field === 'date' ? String((element as HTMLInputElement).valueAsNumber) : element.value;
    if (element.dataset.field === 'date' && value === 'NaN') continue;
    (inputs[element.name] ??= []).push(value);
  }
  return inputs;
}

function callAddOn(call: CardCall): Promise<void> {
  return run(() =>
    api<CallResult>('/api/call', { ...call, formInputs: formInputs() }),
  );
}

async function openThread(id: string): Promise<void> {
  openThreadId = id;
  showTab('thread');
  try {
    byId('panel-thread').innerHTML = renderThreadView(await api('/api/thread?id=' + encodeURIComponent(id)));
  } catch (error) {
    byId('panel-thread').innerHTML = `<p class="empty">${escapeHtml(error instanceof Error ? error.message : String(error))}</p>`;
  }
  if (state) showState(state);
  await run(() => api<CallResult>('/api/open', { threadId: id }));
}

async function openHomepage(): Promise<void> {
  openThreadId = null;
  byId('panel-thread').innerHTML = '<p class="empty">No thread open: the sidebar shows the add-on\'s homepage. Pick a thread on the left.</p>';
  showTab('thread');
  if (state) showState(state);
  await run(() => api<CallResult>('/api/homepage', {}));
}

async function upload(files: FileList | null): Promise<void> {
  const message = byId('upload-message');
  for (const file of Array.from(files ?? [])) {
    try {
      const result = await api<{ added: { id: string }[]; state: PreviewState }>('/api/upload?name=' + encodeURIComponent(file.name), undefined, file);
      showState(result.state);
      message.textContent = `${file.name}: ${result.added.length} thread${result.added.length === 1 ? '' : 's'} added.`;
      message.className = 'upload-message';
      if (result.added[0]) await openThread(result.added[0].id);
    } catch (error) {
      message.textContent = error instanceof Error ? error.message : String(error);
      message.className = 'upload-message failed';
    }
  }
}

function wire(): void {
  byId('thread-list').addEventListener('click', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-thread-id]');
    if (item?.dataset.threadId) void openThread(item.dataset.threadId);
  });
  byId('home-button').addEventListener('click', () => void openHomepage());
  for (const tab of document.querySelectorAll<HTMLElement>('[data-tab]')) tab.addEventListener('click', () => showTab(tab.dataset.tab ?? 'thread'));

  byId('sidebar').addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    // A link to a Gmail thread the preview holds (the log's thread links) opens that thread here.
    const link = target.closest<HTMLAnchorElement>('a[href^="https://mail.google.com/"]');
    const linkedId = link?.href.split('/').pop() ?? '';
    if (link && state?.threads.some((t) => t.id === linkedId)) {
      event.preventDefault();
      void openThread(linkedId);
      return;
    }
    const toggle = target.closest<HTMLElement>('[data-toggle-more]');
    if (toggle) {
      const more = toggle.previousElementSibling as HTMLElement;
      more.hidden = !more.hidden;
      toggle.textContent = more.hidden ? 'Show more' : 'Show less';
      return;
    }
    const control = target.closest<HTMLElement>('[data-call]');
    if (control?.dataset.call && !(control as HTMLButtonElement).disabled) void callAddOn(JSON.parse(control.dataset.call) as CardCall);
  });
  byId('sidebar').addEventListener('change', (event) => {
    const call = (event.target as HTMLElement).dataset.changeCall;
    if (call) void callAddOn(JSON.parse(call) as CardCall);
  });
  byId('back-button').addEventListener('click', () => {
    stack.pop();
    renderSidebar();
  });

  const menu = byId('menu-list');
  byId('menu-button').addEventListener('click', () => (menu.hidden = !menu.hidden));
  menu.addEventListener('click', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-call], [data-universal]');
    menu.hidden = true;
    if (item?.dataset.universal) {
      const fn = item.dataset.universal;
      void run(() => api<CallResult>('/api/universal', { function: fn }));
    } else if (item?.dataset.call) void callAddOn(JSON.parse(item.dataset.call) as CardCall);
  });

  byId('panel-drafts').addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-compose-draft]');
    const draftId = button?.dataset.composeDraft;
    if (!draftId) return;
    highlightDraftId = draftId;
    if (state) showState(state);
    void run(() => api<CallResult>('/api/compose', { draftId }));
  });

  byId<HTMLInputElement>('file-input').addEventListener('change', (event) => void upload((event.target as HTMLInputElement).files));
  const zone = byId('drop-zone');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    void upload(event.dataTransfer?.files ?? null);
  });
}

async function start(): Promise<void> {
  wire();
  showState(await api<PreviewState>('/api/state'));
  await openHomepage();
}

void start().catch((error: unknown) => showError(error instanceof Error ? error.message : String(error)));
