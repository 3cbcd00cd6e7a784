// Bundles src/main.ts into dist/Code.js, one classic Apps Script file, and copies the manifest beside it.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

const ENTRY = 'src/main.ts';
const OUT = 'dist/Code.js';
// The one global the bundle adds beside its entry points; short, because the stubs name it once each.
const NAMESPACE = '__ig';

const common = {
  entryPoints: [ENTRY],
  bundle: true,
  // The level Google's own Apps Script template compiles to; it keeps ?? and ?. as they are written.
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
};

// Apps Script finds triggers and card callbacks by top-level function declaration, so every export of
// the entry becomes one; a first in-memory ESM build tells which names the entry exports.
const probe = await esbuild.build({ ...common, format: 'esm', write: false, metafile: true, outdir: 'dist' });
const names = Object.values(probe.metafile.outputs)[0].exports;
if (names.length === 0) throw new Error(`${ENTRY} exports nothing`);
const unusable = names.filter((name) => !/^[A-Za-z_$][\w$]*$/.test(name) || name === 'default');
if (unusable.length) throw new Error(`exports not usable as Apps Script globals: ${unusable.join(', ')}`);

const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8'));
const missing = manifestFunctionNames(manifest).filter((name) => !names.includes(name));
if (missing.length) throw new Error(`appsscript.json names functions ${ENTRY} does not export: ${missing.join(', ')}`);

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
// Apps Script calls each trigger and card callback with one event object, which is all a stub passes on.
const stubs = names.map((name) => `function ${name}(e){return ${NAMESPACE}.${name}(e)}`).join('\n');
// Minified to stay under the size target, property names included where the add-on keeps them to itself within one
// run: never stored, never put in a card's parameters, never read from a Google object or looked up by string. The
// source map stays beside the bundle (.claspignore pushes only Code.js and the manifest): `npm run stack` turns the
// bundle positions of an Apps Script stack trace back into source lines. The stubs (footer) are written short by hand.
const INTERNAL_PROPERTIES = new RegExp(
  '^(?:sentences|sentence|utterance|addressees|reading|messageIndex|toGroup|indexInParagraph|paragraph|byMe|toMe|norm|' +
    'gates|cues|isMyName|findByName|namedBy|isKnownFirstName|isMyAddress|meAsPerson|firstNames|newText|forwarded|origin|strength|' +
    'author|confidence|kindEvidence|evidence|shown|beneficiary|isOwner|anchor|beneficiaryNames|statesGain|gives|receives|' +
    'investsInTheField|named|passes|guards|text|widgets|buttons|messages|settings|services|header|subtitle|choices|params|respond|' +
    'navigation|notification|retrying|storedLocation|readingHeaders|visibleWidgets|templates|verdict|judged|signature|otherParties|' +
    'collapsible|topLabel|sections|refusal|byEmail|deliveredTo|signedInEmail|spreadsheets|isMe|resolve|' +
    'firstNameIndex|myNames|byCapitalisedWord|myNameAnswers|partsByEmail|shortFormOf|partsOf|searchByName|byName|withRecovery|readColumns|readRows|locate|' +
    'quoted|opener|opensWithOne|attribution|depth|email)$',
);
const bundled = await esbuild.build({
  ...common, format: 'iife', globalName: NAMESPACE, outfile: OUT, footer: { js: stubs }, minify: true, mangleProps: INTERNAL_PROPERTIES, sourcemap: 'external',
  write: false,
});
const output = (suffix) => bundled.outputFiles.find((file) => file.path.endsWith(suffix)).text;
// esbuild mangles the add-on's own properties; terser's repeated compress passes then take about 2.9 KB more off the
// code (never the regular expressions) than esbuild's single pass. Not top level: the entry stubs keep their names.
// Arrows in place of function expressions are safe here: the add-on calls `new` only on classes. Hoisting function
// declarations changes nothing they do; terser's "unsafe" rewrites (String(x) as ""+x, a constant RegExp built as a
// literal) assume no Symbols and no replaced built-ins, true of this code.
const squeezed = await minify(output('.js'), {
  ecma: 2020,
  compress: { passes: 3, unsafe: true, unsafe_arrows: true, hoist_funs: true },
  mangle: true,
  sourceMap: { content: output('.js.map') },
});
writeFileSync(OUT, squeezed.code);
writeFileSync(`${OUT}.map`, squeezed.map);
copyFileSync('appsscript.json', 'dist/appsscript.json');
console.log(`built ${OUT} (${(statSync(OUT).size / 1024).toFixed(1)} KB, globals: ${names.join(', ')})`);

function manifestFunctionNames(m) {
  const common = m.addOns?.common ?? {};
  const gmail = m.addOns?.gmail ?? {};
  return [
    common.homepageTrigger?.runFunction,
    ...(common.universalActions ?? []).map((a) => a.runFunction),
    ...(gmail.contextualTriggers ?? []).map((t) => t.onTriggerFunction),
    ...(gmail.composeTrigger?.selectActions ?? []).map((a) => a.runFunction),
  ].filter(Boolean);
}
