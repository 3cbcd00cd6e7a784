// Runs the built add-on bundle as Apps Script would: one classic script in a fresh context whose only globals are the (fake) Apps Script services.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { Clock } from '../core/ports/clock';
import { FakeCardService } from './fake-card-service';
import { FakeGmailApp } from './fake-gmail-app';
import { FakeLockService } from './fake-lock-service';
import { FakeLogger } from './fake-logger';
import { FakePropertiesService } from './fake-properties-service';
import { FakeSession } from './fake-session';
import { FakeUtilities } from './fake-utilities';
import type { Realm } from './fake-service';

export interface LoadAddonOptions {
  /** The bundle to run; `dist/Code.js` unless `source` is given. */
  bundlePath?: string;
  /** Script text to run instead of reading `bundlePath` (small fixture scripts). */
  source?: string;
  cardService?: FakeCardService;
  gmail?: FakeGmailApp;
  properties?: FakePropertiesService;
  lock?: FakeLockService;
  session?: FakeSession;
  utilities?: FakeUtilities;
  logger?: FakeLogger;
  /** The Advanced Sheets service stand-in, installed as `Sheets` when given. */
  sheets?: object;
  /** When given, the script's `new Date()` and `Date.now()` read this clock. */
  clock?: Clock;
}

type AddonFunction = (...args: unknown[]) => unknown;

export interface LoadedAddon {
  /** Every top-level function the script declares, by name: the functions Apps Script could call. */
  functions: Readonly<Record<string, AddonFunction>>;
  cardService: FakeCardService;
  gmail: FakeGmailApp;
  properties: FakePropertiesService;
  lock: FakeLockService;
  session: FakeSession;
  utilities: FakeUtilities;
  logger: FakeLogger;
  sheets?: object;
  context: vm.Context;
  /** Calls the top-level function `name`, failing clearly when the script has none by that name. */
  run(name: string, ...args: unknown[]): unknown;
}

/** Loads the built add-on (or `source`) with fakes; services not passed in are created empty. */
export function loadAddon(options: LoadAddonOptions = {}): LoadedAddon {
  const bundlePath = options.bundlePath ?? 'dist/Code.js';
  const code = options.source ?? readFileSync(bundlePath, 'utf8');
  const cardService = options.cardService ?? new FakeCardService();
  const gmail = options.gmail ?? new FakeGmailApp();
  const properties = options.properties ?? new FakePropertiesService();
  const lock = options.lock ?? new FakeLockService();
  const session = options.session ?? new FakeSession();
  const utilities = options.utilities ?? new FakeUtilities();
  const logger = options.logger ?? new FakeLogger();
  const services: Record<string, unknown> = {
    CardService: cardService.api,
    GmailApp: gmail.api,
    PropertiesService: properties.api,
    LockService: lock.api,
    Session: session.api,
    Utilities: utilities.api,
    Logger: logger.logger,
    console: logger.console,
  };
  if (options.sheets) services.Sheets = options.sheets;

  // The sandbox holds only the services; ECMAScript builtins come from the new context itself, and Node's
  // require, process, Buffer, setTimeout, URL, TextEncoder and fetch are never put in, as in Apps Script.
  const context = vm.createContext({ ...services });
  const realm = vm.runInContext('({ Error, TypeError, Date })', context) as Realm;
  for (const fake of [cardService, gmail, properties, lock, session, utilities, logger, options.sheets]) {
    const withRealm = fake as { useRealm?: (realm: Realm) => void } | undefined;
    withRealm?.useRealm?.(realm);
  }
  if (options.clock) installClock(context, options.clock);

  const installed = new Set(Object.keys(context));
  new vm.Script(code, { filename: options.source ? 'inline-script.js' : bundlePath }).runInContext(context);

  const functions: Record<string, AddonFunction> = {};
  for (const name of Object.keys(context)) {
    if (!installed.has(name) && typeof context[name] === 'function') functions[name] = context[name];
  }
  return {
    functions,
    cardService,
    gmail,
    properties,
    lock,
    session,
    utilities,
    logger,
    sheets: options.sheets,
    context,
    run(name, ...args) {
      const fn = functions[name];
      if (!fn) throw new Error(`the add-on has no top-level function "${name}" (it has: ${Object.keys(functions).join(', ')})`);
      return fn(...args);
    },
  };
}

/** Replaces the context's Date so that "now" is the clock's time; dates built from arguments are unchanged. */
function installClock(context: vm.Context, clock: Clock): void {
  const install = vm.runInContext(
    `(function (nowMs) {
      var RealDate = Date;
      function ClockDate() {
        if (!new.target) return new RealDate(nowMs()).toString();
        var args = arguments.length ? Array.prototype.slice.call(arguments) : [nowMs()];
        return Reflect.construct(RealDate, args, new.target);
      }
      ClockDate.prototype = RealDate.prototype;
      ClockDate.now = function () { return nowMs(); };
      ClockDate.UTC = RealDate.UTC;
      ClockDate.parse = RealDate.parse;
      Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true });
      globalThis.Date = ClockDate;
    })`,
    context,
  ) as (nowMs: () => number) => void;
  install(() => clock.now().getTime());
}
