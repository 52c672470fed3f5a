import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/contract';
import { NUMBER_UNITS } from '../../shared/contract/units';

const ROOT = path.resolve(__dirname, '..', '..');
const UNIT_WORDS = /minor units|thousandths|basis points|count|counter|characters|pin number|sequence number|milliseconds|digits|bytes|byte offset/i;

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

/**
 * Numeric fields of every reply and push: walked with the TypeScript checker from each
 * channel's declared output type and each event's payload type, through nested objects,
 * arrays and unions. Field names come back with the name of their declared type.
 */
function numericOutputFields(): { name: string; typeName: string; where: string }[] {
  const entry = path.join(ROOT, 'shared', 'contract', 'index.ts');
  const program = ts.createProgram([entry], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error('shared/contract/index.ts not found');
  const found = new Map<string, { name: string; typeName: string; where: string }>();
  const seen = new Set<ts.Type>();
  const walk = (type: ts.Type, where: string, node: ts.Node): void => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.isUnion() || type.isIntersection()) return type.types.forEach((t) => walk(t, where, node));
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      return checker.getTypeArguments(type as ts.TypeReference).forEach((t) => walk(t, where, node));
    }
    if ((type.flags & ts.TypeFlags.Object) === 0) return;
    for (const prop of type.getProperties()) {
      const decl = prop.valueDeclaration ?? prop.declarations?.[0];
      const propType = checker.getTypeOfSymbolAtLocation(prop, decl ?? node);
      const parts = propType.isUnion() ? propType.types : [propType];
      if (parts.some((p) => (p.flags & ts.TypeFlags.NumberLike) !== 0)) {
        const typeName = decl && ts.isPropertySignature(decl) && decl.type ? decl.type.getText() : checker.typeToString(propType);
        found.set(`${prop.name}|${typeName}`, { name: prop.name, typeName, where });
      }
      walk(propType, `${where}.${prop.name}`, decl ?? node);
    }
  };
  const exported = (name: string) => {
    const symbol = checker.getExportsOfModule(checker.getSymbolAtLocation(source) as ts.Symbol).find((s) => s.name === name);
    if (!symbol) throw new Error(`${name} is not exported by shared/contract`);
    return checker.getTypeOfSymbolAtLocation(symbol, source);
  };
  for (const channel of exported('contract').getProperties()) {
    const def = checker.getTypeOfSymbolAtLocation(channel, source);
    const output = def.getProperty('output');
    if (output) walk(checker.getTypeOfSymbolAtLocation(output, source), channel.name, source);
  }
  const events = checker.getExportsOfModule(checker.getSymbolAtLocation(source) as ts.Symbol).find((s) => s.name === 'EventMap');
  if (events) walk(checker.getDeclaredTypeOfSymbol(events), 'events', source);
  return [...found.values()];
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
      if (unit === undefined) problems.push(`${f.where}: ${f.name} (${f.typeName}) has no unit in shared/contract/units.ts`);
      else if (/\bMinor\b/.test(f.typeName) && unit !== 'minor units') problems.push(`${f.name} is Minor but listed as ${unit}`);
      else if (/\bQty\b/.test(f.typeName) && unit !== 'thousandths') problems.push(`${f.name} is Qty but listed as ${unit}`);
      else if (/\bBps\b/.test(f.typeName) && unit !== 'basis points') problems.push(`${f.name} is Bps but listed as ${unit}`);
    }
    expect(problems).toEqual([]);
  });
});
