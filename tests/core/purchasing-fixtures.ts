import type { Connection, TestCore } from './harness';
import { makeProduct, manager } from './product-fixtures';

/** A manager, a supplier and the home location: what every purchasing test starts from. */
export async function buyer(t: TestCore) {
  const c = await manager(t);
  const supplier = await c.ok('suppliers.save', {
    name: 'Acme Wholesale',
    contactName: 'Ann',
    email: 'orders@acme.example',
    address: '1 Dock Road\nPortsmouth',
  });
  const home = (await c.ok('purchasing.locations')).find((l) => l.home);
  if (!home) throw new Error('no home location');
  return { c, supplier, home };
}

/** A product bought from the supplier at this cost, in packs of packSize (thousandths). */
export async function boughtProduct(
  c: Connection,
  supplierId: string,
  sku: string,
  opts: {
    cost?: number;
    packSize?: number;
    supplierCode?: string;
    reorderPoint?: number | null;
    reorderQty?: number | null;
  } = {},
) {
  return makeProduct(c, {
    sku,
    cost: 200,
    reorderPoint: opts.reorderPoint ?? null,
    reorderQty: opts.reorderQty ?? null,
    suppliers: [
      {
        supplierId,
        supplierCode: opts.supplierCode ?? `A-${sku}`,
        cost: opts.cost ?? 250,
        packSize: opts.packSize ?? 1000,
        preferred: true,
      },
    ],
  });
}

/** A sent order of these lines; the order as sent. */
export async function sentOrder(
  c: Connection,
  supplierId: string,
  lines: { productId: string; qty: number; unitCost?: number }[],
  locationId?: string,
) {
  const draft = await c.ok('purchasing.create', { supplierId, lines, ...(locationId ? { locationId } : {}) });
  return c.ok('purchasing.send', { id: draft.id, version: draft.version });
}

export function onHandAt(t: TestCore, productId: string, locationId: string): number {
  const row = t.core.db.sqlite
    .prepare('select on_hand from location_stock where product_id = ? and location_id = ?')
    .get(productId, locationId) as { on_hand: number } | undefined;
  return row?.on_hand ?? 0;
}

/** A back room: locations are made through the stock channels (another part of the issue); here straight in the table. */
export function addBackRoom(t: TestCore, name = 'Back room'): string {
  const id = `loc-${name.replace(/\W/g, '').toLowerCase()}`;
  const at = new Date().toISOString();
  t.core.db.sqlite
    .prepare(
      "insert into locations (id, name, kind, home, address, created_at, updated_at) values (?, ?, 'backroom', 0, '', ?, ?)",
    )
    .run(id, name, at, at);
  return id;
}
