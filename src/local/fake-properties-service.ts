// A local PropertiesService: user and script stores of strings with the documented size limits, optionally kept in a JSON file across restarts.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FakeService } from './fake-service';

// Quotas: "Properties value size 9KB / val" and "Properties total storage 500KB / property store".
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

type Store = Record<string, string>;
type StoreName = 'user' | 'script';

export interface FakePropertiesOptions {
  /** A JSON file ({user: {...}, script: {...}}) the stores are read from at start and written to on every change. */
  file?: string;
  user?: Store;
  script?: Store;
}

/**
 * `api` is the PropertiesService the add-on sees. Values are stored as strings (other types are converted,
 * as the real service does); getProperties returns a copy; getDocumentProperties is null outside a document.
 * Calls count as `PropertiesService.getUserProperties`, `Properties.setProperty`, ...
 */
export class FakePropertiesService extends FakeService {
  readonly api: GoogleAppsScript.Properties.PropertiesService;
  private readonly stores: Record<StoreName, Store>;

  constructor(private readonly options: FakePropertiesOptions = {}) {
    super();
    const saved = options.file && existsSync(options.file) ? (JSON.parse(readFileSync(options.file, 'utf8')) as Partial<Record<StoreName, Store>>) : {};
    this.stores = { user: { ...(saved.user ?? options.user) }, script: { ...(saved.script ?? options.script) } };
    this.api = this.counted('PropertiesService', {
      getUserProperties: () => this.properties('user'),
      getScriptProperties: () => this.properties('script'),
      getDocumentProperties: () => null,
    });
  }

  /** A copy of a store's contents, for assertions. */
  snapshot(store: StoreName): Store {
    return { ...this.stores[store] };
  }

  private properties(name: StoreName): GoogleAppsScript.Properties.Properties {
    const store = () => this.stores[name];
    // Setters return the store itself, so calls chain as in Apps Script.
    const write = (next: Store) => {
      this.write(name, next);
      return properties;
    };
    const properties: GoogleAppsScript.Properties.Properties = this.counted('Properties', {
      getProperty: (key: unknown) => (Object.hasOwn(store(), this.key(key)) ? store()[this.key(key)] : null),
      getProperties: () => ({ ...store() }),
      getKeys: () => Object.keys(store()),
      setProperty: (key: unknown, value: unknown) => write({ ...store(), [this.key(key)]: this.value(value) }),
      setProperties: (values: Record<string, unknown>, deleteAllOthers = false) => {
        const strings = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, this.value(v)]));
        return write(deleteAllOthers ? strings : { ...store(), ...strings });
      },
      deleteProperty: (key: unknown) => {
        const { [this.key(key)]: _removed, ...rest } = store();
        return write(rest);
      },
      deleteAllProperties: () => write({}),
    });
    return properties;
  }

  private key(key: unknown): string {
    if (key === undefined || key === null) throw this.exception('Invalid argument: key');
    return String(key);
  }

  private value(value: unknown): string {
    const text = String(value);
    // The message Apps Script gives for a value over the per-value limit.
    if (Buffer.byteLength(text) > MAX_VALUE_BYTES) throw this.exception('Argument too large: value');
    return text;
  }

  /** Replaces a store's contents unless that would pass the store quota; a refused write changes nothing. */
  private write(name: StoreName, next: Store): void {
    const size = Object.entries(next).reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    if (size > MAX_STORE_BYTES) {
      throw this.exception('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this.stores[name] = next;
    if (this.options.file) {
      mkdirSync(dirname(this.options.file), { recursive: true });
      const temp = `${this.options.file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(this.stores, null, 2));
      renameSync(temp, this.options.file);
    }
  }
}
