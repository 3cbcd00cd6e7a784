// What opening a thread and opening a draft cost in Apps Script service calls, through the built bundle and the fakes, and the bundle's size.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FakeGmailApp } from '../../src/local/fake-gmail-app';
import { corpusDir } from '../fixtures/corpus';
import { buttonsOf, openSidebar, openThread, press, type Sidebar } from '../../tests/e2e/sidebar-harness';

export const name = 'sidebar';

interface Label { file: string; me: string }

// Service calls are the ones with quota and network cost: Gmail, Properties and Session (CardService builds locally).
function serviceCalls(sidebar: Sidebar): number {
  return sidebar.gmail.calls.total() + sidebar.properties.calls.total() + sidebar.session.calls.total();
}

function resetCalls(sidebar: Sidebar): void {
  for (const fake of [sidebar.gmail, sidebar.properties, sidebar.session]) fake.calls.reset();
}

const mean = (values: number[]) => Number((values.reduce((a, b) => a + b, 0) / values.length).toFixed(2));

/** Means over every corpus thread: calls per open, and per draft button pressed on its card. */
export async function run(): Promise<Record<string, number>> {
  const corpus = corpusDir();
  const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')) as Label[];
  const gmailPerOpen: number[] = [];
  const servicePerOpen: number[] = [];
  const servicePerDraft: number[] = [];
  for (const label of labels) {
    const gmail = await FakeGmailApp.fromFiles([join(corpus, label.file)], { owner: label.me });
    const sidebar = openSidebar(gmail, label.me);
    resetCalls(sidebar);
    const { card, event } = openThread(sidebar, gmail.threadIds()[0]);
    gmailPerOpen.push(gmail.calls.total());
    servicePerOpen.push(serviceCalls(sidebar));
    for (const button of buttonsOf(card).filter((b) => b.compose)) {
      resetCalls(sidebar);
      press(sidebar, event, button);
      servicePerDraft.push(serviceCalls(sidebar));
    }
  }
  return {
    gmail_calls_per_open: mean(gmailPerOpen),
    service_calls_per_open: mean(servicePerOpen),
    service_calls_per_draft: mean(servicePerDraft),
    bundle_kb: Number((statSync('dist/Code.js').size / 1024).toFixed(1)),
  };
}
