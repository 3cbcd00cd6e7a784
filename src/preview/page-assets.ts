// The files the preview page is made of: its HTML and CSS from the repo, its script built from TypeScript at start.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type PageAssets = Map<string, { contentType: string; body: string }>;

/** Loads the page from `rootDir` (the repo root); everything it serves comes from the repo, nothing from a CDN. */
export async function loadPageAssets(rootDir: string): Promise<PageAssets> {
  const pageDir = join(rootDir, 'src/preview/page');
  const script = await esbuild.build({
    entryPoints: [join(pageDir, 'page-main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return new Map([
    ['/', { contentType: 'text/html; charset=utf-8', body: await readFile(join(pageDir, 'index.html'), 'utf8') }],
    ['/page.css', { contentType: 'text/css; charset=utf-8', body: await readFile(join(pageDir, 'page.css'), 'utf8') }],
    ['/page.js', { contentType: 'text/javascript; charset=utf-8', body: script.outputFiles[0].text }],
  ]);
}
