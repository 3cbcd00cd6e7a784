// Local Logger and console for the add-on: they record every line (tests read them) and can echo to the terminal.
import { format } from 'node:util';
import { FakeService } from './fake-service';

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
}

/** `logger` is the add-on's `Logger`, `console` its `console`; both write to `entries`. */
export class FakeLogger extends FakeService {
  readonly entries: LogEntry[] = [];
  readonly logger: GoogleAppsScript.Base.Logger;
  readonly console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'>;

  constructor(private readonly options: { echo?: boolean } = {}) {
    super();
    const timers = new Map<string, number>();
    const write = (level: LogEntry['level'], name: string, args: unknown[]) => {
      this.calls.record(name);
      const text = format(...args);
      this.entries.push({ level, text });
      if (this.options.echo) console[level](text);
    };
    const logger = {
      log: (...args: unknown[]) => {
        write('log', 'Logger.log', args);
        return logger;
      },
      getLog: () => {
        this.calls.record('Logger.getLog');
        return this.entries.map((e) => `${e.text}\n`).join('');
      },
      clear: () => {
        this.calls.record('Logger.clear');
        this.entries.length = 0;
      },
    };
    this.logger = logger as unknown as GoogleAppsScript.Base.Logger;
    this.console = {
      log: (...args: unknown[]) => write('log', 'console.log', args),
      info: (...args: unknown[]) => write('info', 'console.info', args),
      warn: (...args: unknown[]) => write('warn', 'console.warn', args),
      error: (...args: unknown[]) => write('error', 'console.error', args),
      time: (label = 'default') => void timers.set(label, Date.now()),
      timeEnd: (label = 'default') => write('log', 'console.timeEnd', [`${label}: ${Date.now() - (timers.get(label) ?? Date.now())}ms`]),
    };
  }

  /** The recorded lines as plain text, one per entry. */
  lines(): string[] {
    return this.entries.map((e) => e.text);
  }
}
