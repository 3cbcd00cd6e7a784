// Writes src/local/card-service-api.ts, the table of CardService builders, methods and enums read from @types/google-apps-script; `--check` fails when the table is stale.
import ts from 'typescript';
import { readFileSync, writeFileSync } from 'node:fs';

const DTS = 'node_modules/@types/google-apps-script/google-apps-script.card-service.d.ts';
const OUT = 'src/local/card-service-api.ts';

const source = ts.createSourceFile(DTS, readFileSync(DTS, 'utf8'), ts.ScriptTarget.Latest, true);
const interfaces = {};
const enums = {};
visit(source);

function visit(node) {
  if (ts.isInterfaceDeclaration(node)) {
    const methods = {};
    for (const member of node.members) {
      if (!ts.isMethodSignature(member)) continue;
      const name = member.name.getText(source);
      const params = member.parameters.map((p) => p.type.getText(source).replace(/\s+/g, ' '));
      const returns = member.type.getText(source);
      const known = methods[name];
      // Overloads (setValueInMsSinceEpoch(number) and (string)) merge into one entry with union parameter types.
      methods[name] = known
        ? { params: known.params.map((type, i) => (type === params[i] ? type : `${type} | ${params[i]}`)), returns }
        : { params, returns };
    }
    interfaces[node.name.text] = methods;
  } else if (ts.isEnumDeclaration(node)) {
    enums[node.name.text] = node.members.map((m) => m.name.getText(source));
  }
  ts.forEachChild(node, visit);
}

const service = interfaces.CardService;
delete interfaces.CardService;
const factories = Object.fromEntries(Object.entries(service).map(([name, m]) => [name, m.returns]));

const text = `// The CardService surface as @types/google-apps-script declares it: builder methods (parameter and return types), factories and enums. Written by scripts/card-service-api.mjs; do not edit.

export interface MethodSignature {
  params: readonly string[];
  returns: string;
}

export const CARD_SERVICE_FACTORIES: Readonly<Record<string, string>> = ${JSON.stringify(factories, null, 2)};

export const CARD_SERVICE_TYPES: Readonly<Record<string, Readonly<Record<string, MethodSignature>>>> = {
${typeEntries()}
};

export const CARD_SERVICE_ENUMS: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(enums, null, 2)};
`;

// One line per method keeps the table readable and its diffs small.
function typeEntries() {
  return Object.entries(interfaces)
    .map(([type, methods]) => {
      const lines = Object.entries(methods).map(([name, m]) => `    ${name}: ${JSON.stringify(m)},`);
      return `  ${type}: {\n${lines.join('\n')}\n  },`;
    })
    .join('\n');
}

if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== text) {
    console.error(`${OUT} does not match ${DTS}; run: node scripts/card-service-api.mjs`);
    process.exit(1);
  }
  console.log(`${OUT} matches ${DTS}`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${Object.keys(interfaces).length} types, ${Object.keys(factories).length} factories, ${Object.keys(enums).length} enums`);
}
