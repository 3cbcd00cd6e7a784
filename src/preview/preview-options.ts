// Reads the preview's command line: the port from --port or PORT, 8377 by default.

export const DEFAULT_PORT = 8377;

/** The port to listen on; throws a message fit for the terminal when the value is not a port number. */
export function previewPort(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): number {
  const flag = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const given = flag < 0 ? env.PORT : argv[flag].includes('=') ? argv[flag].slice('--port='.length) : argv[flag + 1];
  if (given === undefined || given === '') {
    if (flag >= 0) throw new Error('--port needs a number, e.g. --port 8378');
    return DEFAULT_PORT;
  }
  const port = Number(given);
  if (!/^\d+$/.test(given) || port > 65535) throw new Error(`not a port number: ${given} (use 0-65535; 0 picks a free port)`);
  return port;
}
