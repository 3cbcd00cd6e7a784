// Browser tests of the local preview: headless chromium drives the page while the built bundle runs under the fakes.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createAddonSession } from '../../src/preview/addon-session';
import { loadPageAssets } from '../../src/preview/page-assets';
import { startPreviewServer, type RunningPreview } from '../../src/preview/preview-server';
import { chromiumIsAvailable, launchChromium } from './chromium';

const ROOT = process.cwd();
const ARTIFACTS = join(ROOT, 'artifacts');
const describeInBrowser = chromiumIsAvailable() ? describe : describe.skip;

jest.setTimeout(60_000);

describeInBrowser('the local preview in a browser', () => {
  let dataDir: string;
  let preview: RunningPreview;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist/Code.js'))) throw new Error('dist/Code.js is missing: run npm run build (npm test does) before the browser tests');
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'intro-guard-preview-e2e-'));
    const [assets, session] = await Promise.all([loadPageAssets(ROOT), createAddonSession({ rootDir: ROOT, dataDir })]);
    preview = await startPreviewServer({ port: 0, session, assets });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.setDefaultTimeout(5000);
    // Everything the page loads must come from the preview itself.
    await page.route('**/*', (route) => (route.request().url().startsWith(preview.url) ? route.continue() : route.abort()));
    await page.goto(preview.url);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const sidebar = () => page.locator('#sidebar');
  const idle = () => page.waitForFunction("document.body.dataset.pending === '0'");
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `preview-${name}.png`) });
  const text = async (locator: Locator) => (await locator.textContent())?.trim() ?? '';
  const openThread = async (file: string) => {
    await page.locator('.thread-item', { hasText: file }).click();
    await idle();
  };
  const press = async (name: string | RegExp) => {
    await sidebar().getByRole('button', { name }).first().click();
    await idle();
  };
  const showTab = (name: string | RegExp) => page.getByRole('tab', { name }).click();
  const logRow = (subject: string) => page.locator('table.log tbody tr', { hasText: subject });

  it('opens on the homepage card and lists every sample thread', async () => {
    await idle();
    expect(await page.locator('.thread-item').count()).toBe(16);
    expect(await text(page.locator('#owner'))).toContain('alex.morgan@example.com');
    expect(await sidebar().locator('.card-title').count()).toBe(1);
  });

  it('shows an unsolicited intro with the no-consent flag and the sentence that shows it', async () => {
    await openThread('01-intro-without-consent.eml');
    expect(await text(page.locator('.thread-subject-line'))).toBe('Alex <> Tomás: hiring your first data engineer');
    const flag = sidebar().locator('.decorated-text', { hasText: 'No sign you agreed to this first' });
    expect(await flag.isVisible()).toBe(true);
    expect(await text(flag.locator('.top-label'))).toMatch(/^Rule 1/);
    expect(await text(flag.locator('.decorated-text-body'))).toMatch(/“.{10,}”/);
    await shot('1-unsolicited-intro');
  });

  it('drafts the reply that moves the introducer to BCC', async () => {
    await press(/^Reply and move .+ to BCC$/);
    expect(await page.getByRole('tab', { name: /Drafts/ }).getAttribute('aria-selected')).toBe('true');
    const draft = page.locator('.draft.highlight');
    expect(await text(draft.locator('[data-field-name="bcc"]'))).toBe('dana@whitfield.example.org');
    expect(await text(draft.locator('[data-field-name="subject"]'))).toMatch(/^Re: Alex <> Tomás/);
    await shot('2-bcc-draft');
  });

  it('moves the introducer out of To with the compose card opened on that draft', async () => {
    await page.locator('.draft.highlight').getByRole('button', { name: 'Open Intro Guard in this draft' }).click();
    await idle();
    await press(/^Move Dana.* to BCC$/);
    const draft = page.locator('.draft.highlight');
    expect(await text(draft.locator('[data-field-name="to"]'))).not.toContain('dana@whitfield.example.org');
    expect(await text(draft.locator('[data-field-name="bcc"]'))).toBe('dana@whitfield.example.org');
    await openThread('01-intro-without-consent.eml');
  });

  it('logged the intro when the draft was made, and shows its row in the log', async () => {
    expect(await sidebar().getByRole('button', { name: 'Save outcome' }).isVisible()).toBe(true);
    await showTab(/Intro log/);
    expect(await logRow('Alex <> Tomás: hiring your first data engineer').count()).toBe(1);
    await shot('3-logged');
  });

  it('records an outcome on the logged intro', async () => {
    await sidebar().getByLabel('Outcome', { exact: true }).selectOption('met');
    await sidebar().getByLabel('Outcome note').fill('Coffee on Thursday; Tomás is reviewing the job description.');
    await press('Save outcome');
    await showTab(/Intro log/);
    const row = await text(logRow('Alex <> Tomás'));
    expect(row).toContain('met');
    expect(row).toContain('Coffee on Thursday');
  });

  it('logs another intro with one click, shows its follow-up on the homepage, and opens it from there', async () => {
    await openThread('04-intro-brain-pick.eml');
    await press('Log this intro');
    await showTab(/Intro log/);
    expect(await logRow('Connecting you two').count()).toBe(1);
    await page.locator('#home-button').click();
    await idle();
    expect(await text(sidebar().locator('.section-header', { hasText: 'Due' }))).toBe('Due');
    const due = sidebar().locator('.decorated-text', { hasText: 'Reply, and move the introducer to BCC' });
    expect(await text(due)).toContain('Connecting you two');
    await shot('4-homepage-follow-up');
    await due.getByRole('link', { name: 'Open' }).click();
    await idle();
    expect(await text(page.locator('.thread-subject-line'))).toBe('Connecting you two');
  });

  it('shows markup in a subject as text, never as formatting', async () => {
    await openThread('14-other-newsletter.eml');
    expect(await text(sidebar().locator('.card-subtitle').first())).toBe('Meet <b>Nova</b> & friends: our new route planner 🚚');
    expect(await sidebar().locator('b', { hasText: /^Nova$/ }).count()).toBe(0);
  });

  it('opens an uploaded .eml as a new thread and explains a file that is not mail', async () => {
    const mail = 'From: Robin Hale <robin@example.net>\r\nTo: Alex Morgan <alex.morgan@example.com>\r\nSubject: Meet Sam?\r\n' +
      'Date: Tue, 24 Nov 2026 10:00:00 +0000\r\n\r\nHi Alex, meet Sam! Sam, Alex.\r\n';
    await page.locator('#file-input').setInputFiles({ name: 'robin.eml', mimeType: 'message/rfc822', buffer: Buffer.from(mail) });
    await idle();
    expect(await text(page.locator('#upload-message'))).toBe('robin.eml: 1 thread added.');
    expect(await text(page.locator('.thread-item.open .thread-file'))).toBe('uploaded: robin.eml');
    expect(await text(page.locator('.thread-subject-line'))).toBe('Meet Sam?');
    await page.locator('#file-input').setInputFiles({ name: 'notes.eml', mimeType: 'message/rfc822', buffer: Buffer.from('just some notes') });
    await idle();
    expect(await text(page.locator('#upload-message'))).toMatch(/^notes\.eml: no mail headers found/);
  });

  it('reaches the Settings card from the add-on menu', async () => {
    await page.locator('#menu-button').click();
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await idle();
    expect(await text(sidebar().locator('.card-title').first())).toContain('Settings');
  });
});
