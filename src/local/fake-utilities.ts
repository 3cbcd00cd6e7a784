// A local Utilities: formatDate with real time zones and Java date patterns, formatString, digests, base64, UUIDs, and a sleep that only records.
import { createHash, randomUUID } from 'node:crypto';
import { FakeService } from './fake-service';
import { zonedTime, type ZonedTime } from './time-zone';

// "milliseconds: The number of milliseconds to sleep. Max 300000 (5 minutes)."
const MAX_SLEEP_MS = 300_000;
const DIGESTS: Readonly<Record<string, string>> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Bytes = number[];

/**
 * `api` is the Utilities the add-on sees; `sleeps` lists the requested sleeps (nothing waits). Byte arrays are
 * Java's signed bytes (-128..127), as in Apps Script. Calls count as `Utilities.formatDate`, ...
 */
export class FakeUtilities extends FakeService {
  readonly api: GoogleAppsScript.Utilities.Utilities;
  readonly sleeps: number[] = [];

  constructor() {
    super();
    const digestAlgorithm = enumOf(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
    const charset = enumOf(['US_ASCII', 'UTF_8']);
    const encoding = (value: unknown) => (String(value) === 'US_ASCII' ? 'latin1' : 'utf8');
    const bytesOf = (data: string | Bytes, chars?: unknown) =>
      typeof data === 'string' ? Buffer.from(data, encoding(chars)) : Buffer.from(data.map((b) => b & 0xff));
    const methods = this.counted<object>('Utilities', {
      formatDate: (date: Date, timeZone: string, format: string) => {
        if (!(typeof date?.getTime === 'function') || typeof timeZone !== 'string' || typeof format !== 'string') {
          throw this.mismatch('Utilities.formatDate', [date, timeZone, format]);
        }
        let time: ZonedTime;
        try {
          time = zonedTime(timeZone, new Date(date.getTime()));
        } catch {
          throw this.exception(`Invalid argument: timeZone ${timeZone}`);
        }
        return formatJavaDate(time, format);
      },
      formatString: (template: string, ...args: unknown[]) => formatString(template, args),
      sleep: (milliseconds: number) => {
        if (typeof milliseconds !== 'number' || milliseconds < 0 || milliseconds > MAX_SLEEP_MS) {
          throw this.exception(`Invalid argument: milliseconds must be 0-${MAX_SLEEP_MS}`);
        }
        this.sleeps.push(milliseconds);
      },
      computeDigest: (algorithm: unknown, value: string | Bytes, chars?: unknown) => {
        const name = DIGESTS[String(algorithm)];
        if (!name) throw this.exception(`Unsupported digest algorithm here: ${String(algorithm)}`);
        return signed(createHash(name).update(bytesOf(value, chars)).digest());
      },
      getUuid: () => randomUUID(),
      base64Encode: (data: string | Bytes, chars?: unknown) => bytesOf(data, chars).toString('base64'),
      base64EncodeWebSafe: (data: string | Bytes, chars?: unknown) =>
        bytesOf(data, chars).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
      base64Decode: (encoded: string) => signed(Buffer.from(encoded, 'base64')),
      base64DecodeWebSafe: (encoded: string) => signed(Buffer.from(encoded, 'base64url')),
    });
    this.api = { ...methods, DigestAlgorithm: digestAlgorithm, Charset: charset } as unknown as GoogleAppsScript.Utilities.Utilities;
  }
}

function enumOf(names: string[]): Readonly<Record<string, object>> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, Object.freeze({ toString: () => name })])));
}

function signed(buffer: Buffer): Bytes {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}

/** Formats with java.text.SimpleDateFormat letters: y M d E a H k K h m s S z Z X, and 'quoted' text. */
export function formatJavaDate(t: ZonedTime, pattern: string): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const offset = (colon: boolean) => {
    const minutes = Math.abs(t.offsetMs) / 60_000;
    return `${t.offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60), 2)}${colon ? ':' : ''}${pad(minutes % 60, 2)}`;
  };
  const field = (letter: string, n: number): string => {
    switch (letter) {
      case 'y':
        return n === 2 ? pad(t.year % 100, 2) : pad(t.year, n);
      case 'M':
        return n >= 4 ? MONTHS[t.month - 1] : n === 3 ? MONTHS[t.month - 1].slice(0, 3) : pad(t.month, n);
      case 'd':
        return pad(t.day, n);
      case 'E':
        return n >= 4 ? DAYS[t.weekday] : DAYS[t.weekday].slice(0, 3);
      case 'a':
        return t.hour < 12 ? 'AM' : 'PM';
      case 'H':
        return pad(t.hour, n);
      case 'k':
        return pad(t.hour || 24, n);
      case 'K':
        return pad(t.hour % 12, n);
      case 'h':
        return pad(t.hour % 12 || 12, n);
      case 'm':
        return pad(t.minute, n);
      case 's':
        return pad(t.second, n);
      case 'S':
        return pad(t.millisecond, n);
      case 'z':
        return t.shortName;
      case 'Z':
        return offset(false);
      case 'X':
        return t.offsetMs === 0 ? 'Z' : n === 1 ? offset(false).slice(0, 3) : offset(n >= 3);
      default:
        throw new RangeError(`Illegal pattern character '${letter}'`);
    }
  };
  // Inside quotes, and on its own, '' stands for one quote.
  return pattern.replace(/'((?:[^']|'')*)'|([A-Za-z])\2*|./g, (token, quoted: string | undefined, letter: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted.replace(/''/g, "'");
    return letter ? field(letter, token.length) : token;
  });
}

/** Java's String.format for the common conversions: %s, %d, %f with flags, width and precision, and %%. */
function formatString(template: string, args: unknown[]): string {
  let next = 0;
  return template.replace(/%(-)?(0)?(\d+)?(?:\.(\d+))?([sdf%])/g, (_match, left, zero, width, precision, kind: string) => {
    if (kind === '%') return '%';
    const value = args[next++];
    let text =
      kind === 'd' ? String(Math.trunc(Number(value))) : kind === 'f' ? Number(value).toFixed(precision ? Number(precision) : 6) : String(value);
    if (kind === 's' && precision) text = text.slice(0, Number(precision));
    const size = Number(width ?? 0);
    if (text.length >= size) return text;
    if (left) return text.padEnd(size);
    return zero && kind !== 's' ? text.replace(/^(-?)/, (sign) => sign + '0'.repeat(size - text.length)) : text.padStart(size);
  });
}
