import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/contract';
import { NUMBER_UNITS } from '../../shared/contract/units';

const ROOT = path.resolve(__dirname, '..', '..');
const UNIT_WORDS = /minor units|thousandths|basis points|count|counter|characters|pin number|sequence number|milliseconds|digits/i;

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** Every numeric property of an input schema, with the path to it. */
function numericInputs(schema: JsonSchema, at: string, out: { path: string; schema: JsonSchema }[]): void {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('number') || types.includes('integer')) out.push({ path: at, schema });
  for (const [k, v] of Object.entries(schema.properties ?? {})) numericInputs(v, at ? `${at}.${k}` : k, out);
  if (schema.items) numericInputs(schema.items, `${at}[]`, out);
  for (const v of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) numericInputs({ description: schema.description, ...v }, at, out);
}

/** Numeric properties of the interfaces that replies and pushes are made of, with their declared type name. */
function numericOutputFields(): { name: string; typeName: string; file: string }[] {
  const files = ['shared/domain', 'shared/contract'].flatMap((dir) =>
    fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts')).map((f) => path.join(ROOT, dir, f)),
  );
  const program = ts.createProgram(files, { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const found: { name: string; typeName: string; file: string }[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    ts.forEachChild(source, function visit(node) {
      if (ts.isPropertySignature(node) && node.type) {
        const type = checker.getTypeFromTypeNode(node.type);
        const parts = type.isUnion() ? type.types : [type];
        const numeric = parts.some((p) => (p.flags & ts.TypeFlags.NumberLike) !== 0);
        if (numeric) {
          found.push({ name: node.name.getText(source), typeName: node.type.getText(source), file: path.relative(ROOT, file) });
        }
      }
      ts.forEachChild(node, visit);
    });
  }
  return found;
}

describe('every number in the contract says its unit', () => {
  it('every numeric input field of every channel states its unit in its schema', () => {
    const missing: string[] = [];
    for (const [name, def] of Object.entries(contract)) {
      const schema = z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      const fields: { path: string; schema: JsonSchema }[] = [];
      numericInputs(schema, '', fields);
      for (const f of fields) {
        if (!UNIT_WORDS.test(f.schema.description ?? '')) missing.push(`${name} ${f.path}: "${f.schema.description ?? ''}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every numeric field of a reply or push is in the units table of docs/ipc.md, with the unit its type says', () => {
    const units: Record<string, string> = NUMBER_UNITS;
    const problems: string[] = [];
    for (const f of numericOutputFields()) {
      const unit = units[f.name];
      if (unit === undefined) problems.push(`${f.file}: ${f.name} (${f.typeName}) has no unit in shared/contract/units.ts`);
      else if (/\bMinor\b/.test(f.typeName) && unit !== 'minor units') problems.push(`${f.name} is Minor but listed as ${unit}`);
      else if (/\bQty\b/.test(f.typeName) && unit !== 'thousandths') problems.push(`${f.name} is Qty but listed as ${unit}`);
      else if (/\bBps\b/.test(f.typeName) && unit !== 'basis points') problems.push(`${f.name} is Bps but listed as ${unit}`);
    }
    expect(problems).toEqual([]);
  });
});
