const row = (i: number) => ({ id: '01a0f6b1-2e50-72ec-8405-40ec571cc45d' + i, sale_id: '01a0f6b1-2e50-72ec-8405-40ec571cc45d', position: i, product_id: '01a0f6b1-2e50-72ec-8405-40ec571cc45e', sku: 'DRK-001', name: 'Coca-Cola 330ml', unit: 'each', qty: 1000, unit_price: 125, amount: 125, tax_rate_id: '01a0f6b1-2e50-72ec-8405-40ec571cc45f', tax_code: 'A', rate_bps: 2000 });
const doc = { kind: 'sale.completed', id: 'x', tillId: 'y', number: 'T01-000001', tables: { sale_lines: [row(1), row(2), row(3), row(4), row(5)], sales: [{ ...row(0), store_snapshot: '{"name":"Corner"}' }], stock_movements: [row(1), row(2), row(3), row(4), row(5)] } };
const bench = (label: string, f: () => unknown) => { for (let i = 0; i < 5000; i++) f(); const t0 = performance.now(); for (let i = 0; i < 20000; i++) f(); console.log(label, ((performance.now() - t0) * 1000 / 20000).toFixed(1), 'µs'); };
const INT = /^(0|[1-9]\d*)$/;
function copy(v: unknown): unknown {
  if (v === null || typeof v !== 'object') { if (typeof v === 'string' && !v.isWellFormed()) throw 1; return v; }
  if (Array.isArray(v)) return v.map(copy);
  const keys = Object.keys(v).sort(); const o: Record<string, unknown> = {};
  for (const k of keys) { if (INT.test(k)) throw 2; o[k] = copy((v as any)[k]); }
  return o;
}
bench('copy+stringify', () => JSON.stringify(copy(doc)));
bench('keys sort only', () => { let n = 0; const w = (v: any) => { if (v && typeof v === 'object') { for (const k of Object.keys(v).sort()) { n++; w(v[k]); } } }; w(doc); return n; });
bench('isWellFormed x200', () => { let n = 0; for (let i = 0; i < 200; i++) n += ('01a0f6b1-2e50-72ec-8405-40ec571cc45d'+i).isWellFormed() ? 1 : 0; return n; });
bench('stringify str x200', () => { let n = 0; for (let i = 0; i < 200; i++) n += JSON.stringify('01a0f6b1-2e50-72ec-8405-40ec571cc45d').length; return n; });
