// The loader runs a classic script in a context holding only the fake Apps Script services.
import { existsSync } from 'node:fs';
import gas from 'gas-local';
import { actionEvent, gmailMessageEvent, homepageEvent } from '../../src/local/addon-events';
import { FakeGmailApp } from '../../src/local/fake-gmail-app';
import { CORPUS_DIR } from '../../bench/fixtures/corpus';
import { loadAddon } from '../../src/local/load-addon';

const FIXTURE_DIR = 'tests/local/fixtures/addon';
const FIXTURE = `${FIXTURE_DIR}/Code.js`;

/** The error a call throws, whatever realm it comes from (jest's toThrow(Class) only knows this realm's classes). */
function thrownBy(fn: () => unknown): { name: string; message: string } {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('loadAddon', () => {
  it('exposes every top-level function of the script and nothing else', () => {
    const addon = loadAddon({ bundlePath: FIXTURE });
    expect(Object.keys(addon.functions).sort()).toEqual(['callsMissingMethod', 'dispatchAction', 'onHomepage', 'today']);
  });

  it('runs a trigger that builds a card through the fake CardService and logs through Logger', () => {
    const addon = loadAddon({ bundlePath: FIXTURE });
    const card = addon.run('onHomepage', homepageEvent());
    expect(card).toEqual({
      header: { title: 'Fixture' },
      sections: [
        {
          widgets: [
            {
              buttonList: {
                buttons: [
                  {
                    text: 'Save',
                    onClick: { action: { function: 'dispatchAction', parameters: [{ key: 'action', value: 'save' }] } },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    expect(addon.cardService.calls.count('CardBuilder.build')).toBe(1);
    expect(addon.logger.lines()).toEqual(['homepage for GMAIL']);
  });

  it('passes an action event to the function a button names', () => {
    const addon = loadAddon({ bundlePath: FIXTURE });
    const response = addon.run('dispatchAction', actionEvent(homepageEvent(), { parameters: { action: 'save' } }));
    expect(response).toEqual({ notification: { text: 'saved save' } });
  });

  it('fails with a TypeError when the script calls a method the real service lacks', () => {
    const addon = loadAddon({ bundlePath: FIXTURE });
    const error = thrownBy(() => addon.run('callsMissingMethod'));
    expect(error.name).toBe('TypeError');
    expect(error.message).toMatch(/setTitel is not a function/);
  });

  it('names the available functions when asked for one the script lacks', () => {
    const addon = loadAddon({ bundlePath: FIXTURE });
    expect(() => addon.run('onGmailMessageOpen')).toThrow(/no top-level function "onGmailMessageOpen" \(it has: onHomepage/);
  });

  it('rejects a script that uses require at load time', () => {
    const error = thrownBy(() => loadAddon({ bundlePath: 'tests/local/fixtures/uses-require.js' }));
    expect(error.name).toBe('ReferenceError');
    expect(error.message).toBe('require is not defined');
  });

  it('rejects a script that uses setTimeout when it runs', () => {
    const addon = loadAddon({ bundlePath: 'tests/local/fixtures/uses-set-timeout.js' });
    expect(thrownBy(() => addon.run('onHomepage')).message).toBe('setTimeout is not defined');
  });

  it('offers none of the Node or browser globals Apps Script lacks', () => {
    const names = ['require', 'module', 'process', 'Buffer', 'setTimeout', 'setInterval', 'URL', 'URLSearchParams',
      'TextEncoder', 'TextDecoder', 'fetch', 'structuredClone', 'atob', 'btoa', 'window', 'crypto'];
    const addon = loadAddon({
      source: `function missing() { return ${JSON.stringify(names)}.filter(function (n) { return typeof globalThis[n] !== 'undefined'; }); }`,
    });
    expect(addon.run('missing')).toEqual([]);
  });

  it('refuses a module script, as Apps Script has no import or export', () => {
    expect(thrownBy(() => loadAddon({ source: 'export function onHomepage() {}' })).name).toBe('SyntaxError');
  });

  it('hands the script service errors that its own instanceof Error recognises', () => {
    const addon = loadAddon({
      source: `function tryEmptyCard() {
        try { CardService.newCardBuilder().build(); } catch (e) { return [e instanceof Error, e.name, e.message]; }
      }`,
    });
    expect(addon.run('tryEmptyCard')).toEqual([true, 'Exception', 'Card must have at least one section.']);
  });

  it('makes the script read "now" from the given clock, leaving explicit dates alone', () => {
    let now = new Date('2026-03-01T09:00:00Z');
    const addon = loadAddon({ bundlePath: FIXTURE, clock: { now: () => now } });
    expect(addon.run('today')).toBe(`2026-03-01T09:00:00.000Z ${now.getTime()}`);
    now = new Date('2026-04-15T12:30:00Z');
    expect(addon.run('today')).toBe(`2026-04-15T12:30:00.000Z ${now.getTime()}`);
    const check = loadAddon({
      clock: { now: () => now },
      source: `function dates() {
        var d = new Date(2020, 0, 2);
        return [d.getFullYear(), d instanceof Date, new Date() instanceof Date, typeof Date(), Date.UTC(2020, 0, 1)];
      }`,
    });
    expect(check.run('dates')).toEqual([2020, true, true, 'string', Date.UTC(2020, 0, 1)]);
  });

  it('installs Properties, Lock, Session and Utilities fakes the test can inspect afterwards', () => {
    const addon = loadAddon({
      source: `function saveSetting() {
        var lock = LockService.getUserLock();
        lock.waitLock(10000);
        try {
          PropertiesService.getUserProperties().setProperty('savedAt', Utilities.formatDate(new Date(0), Session.getScriptTimeZone(), 'yyyy-MM-dd'));
        } finally {
          lock.releaseLock();
        }
      }`,
    });
    addon.run('saveSetting');
    expect(addon.properties.snapshot('user')).toEqual({ savedAt: '1970-01-01' });
    expect(addon.lock.isHeld('user')).toBe(false);
    expect(addon.lock.waits).toEqual([{ lock: 'user', method: 'waitLock', timeoutMs: 10000 }]);
    expect(addon.session.calls.count('Session.getScriptTimeZone')).toBe(1);
    expect(addon.utilities.calls.count('Utilities.formatDate')).toBe(1);
  });

  it('installs the given Sheets stand-in as the Sheets global', () => {
    const sheets = { Spreadsheets: { marker: 'fake sheets' } };
    const addon = loadAddon({ sheets, source: 'function which() { return Sheets.Spreadsheets.marker; }' });
    expect(addon.run('which')).toBe('fake sheets');
    expect(loadAddon({ source: 'function has() { return typeof Sheets; }' }).run('has')).toBe('undefined');
  });
});

describe('gas-local', () => {
  function gasLocalNames(folder: string): string[] {
    const context = gas.require(folder, { CardService: {}, Logger: {} });
    return Object.keys(context).filter((name) => typeof context[name] === 'function').sort();
  }

  it('loads the same bundle with the same top-level function names as loadAddon', () => {
    expect(gasLocalNames(`./${FIXTURE_DIR}`)).toEqual(Object.keys(loadAddon({ bundlePath: FIXTURE }).functions).sort());
  });

  (existsSync('dist/Code.js') ? it : it.skip)('loads dist/ with the same top-level function names as loadAddon', () => {
    expect(gasLocalNames('./dist')).toEqual(Object.keys(loadAddon().functions).sort());
  });
});

describe('loadAddon with a mailbox', () => {
  it('lets the script open the message of a message-open event and make a reply draft', async () => {
    const gmail = new FakeGmailApp({ owner: 'h.sorensen@fjordcap.example.com' });
    const { messageIds, threadId } = await gmail.addMailFile(`${CORPUS_DIR}/cases/d007.eml`);
    const addon = loadAddon({
      gmail,
      source: `function onGmailMessageOpen(e) {
        GmailApp.setCurrentMessageAccessToken(e.gmail.accessToken);
        var message = GmailApp.getMessageById(e.gmail.messageId);
        var draft = message.createDraftReplyAll('Happy to talk.');
        return [message.getDate() instanceof Date, draft.getMessage().getTo()];
      }`,
    });
    expect(addon.run('onGmailMessageOpen', gmailMessageEvent({ messageId: messageIds[0], threadId }))).toEqual([
      true,
      '"Paula Grant" <paula.grant@example.net>',
    ]);
    expect(addon.gmail.calls.count('GmailMessage.createDraftReplyAll')).toBe(1);
  });
});
