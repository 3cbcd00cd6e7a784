// Starts Debian's chromium headless for the browser tests, with a fresh profile and no background network.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. Missing chromium skips them locally, with a message saying so,
 * but fails them in CI (CI=true), where .ci/run installs it.
 */
export function chromiumIsAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') throw new Error(`chromium is missing at ${CHROMIUM_PATH}; CI must install it (.ci/run does: apt-get install -y chromium)`);
  console.warn(`Skipping the browser tests: no chromium at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`);
  return false;
}

/** A headless chromium with its own throwaway profile; `close` removes the profile. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'intro-guard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
