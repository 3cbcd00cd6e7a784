// `npm start`: serves the local preview of the built add-on on 127.0.0.1 and prints its address.
import { join } from 'node:path';
import { createAddonSession } from './addon-session';
import { loadPageAssets } from './page-assets';
import { previewPort } from './preview-options';
import { PortInUseError, startPreviewServer } from './preview-server';

const rootDir = process.cwd();

try {
  const port = previewPort(process.argv.slice(2), process.env);
  const [assets, session] = await Promise.all([
    loadPageAssets(rootDir),
    createAddonSession({ rootDir, dataDir: join(rootDir, 'preview-data') }),
  ]);
  const preview = await startPreviewServer({ port, session, assets }).catch((error: unknown) => {
    if (error instanceof PortInUseError) {
      throw new Error(`Port ${error.port} is already in use by another program. Stop it, or pick another port: npm start -- --port ${error.port + 1}`);
    }
    throw error;
  });
  console.log(`Intro Guard preview: ${preview.url}`);
  console.log('It runs dist/Code.js with local fakes; the intro log and settings are kept in preview-data/. Ctrl+C stops it.');
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
