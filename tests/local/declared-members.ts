// Reads the member names of an interface in @types/google-apps-script, so tests can hold the fakes to the declared API.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Member names (methods and properties) of `interface name` in google-apps-script.<file>.d.ts. */
export function declaredMembers(file: string, name: string): string[] {
  const path = `node_modules/@types/google-apps-script/google-apps-script.${file}.d.ts`;
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const members = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === name) {
      for (const member of node.members) if (member.name) members.add(member.name.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (members.size === 0) throw new Error(`no interface ${name} in ${path}`);
  return [...members];
}
