import { afterEach, describe, expect, it } from 'vitest';
import { pay, snapshot, startCore, tempDataDir } from './harness';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
function freshDir(): string {
  const d = tempDataDir();
  dirs.push(d);
  return d.dir;
}

const newStore = {
  store: { name: 'Bakery Lund', address: 'Storgatan 1', currency: 'EUR', locale: 'de-DE', taxInclusive: false },
  taxRate: { name: 'Standard', rateBps: 1900 },
  owner: { name: 'Olga Owner', pin: '2468' },
};

describe('first run', () => {
  it('an empty data folder reports that the store is not set up', async () => {
    const t = await startCore(freshDir());
    const status = await t.connect().ok('app.status');
    expect(status).toMatchObject({ setUp: false, store: null, session: null });
    const r = await t.connect().call('session.login', { pin: '1111' });
    expect(r.ok ? null : r.error.code).toBe('bad_pin');
    await t.core.close();
  });

  it('a fresh store cannot be claimed without the one-time setup code', async () => {
    const t = await startCore(freshDir());
    const stranger = t.connect();
    const r = await stranger.call('setup.createStore', newStore);
    expect(r.ok ? null : r.error.code).toBe('setup_not_allowed');
    const demo = await stranger.call('setup.loadDemo');
    expect(demo.ok ? null : demo.error.code).toBe('setup_not_allowed');
    const wrong = await stranger.call('setup.unlock', { token: 'guess' });
    expect(wrong.ok ? null : wrong.error.code).toBe('bad_setup_token');
    expect((await stranger.ok('app.status')).setupAllowed).toBe(false);
    expect(snapshot(t.core)).toMatchObject({ staff: 0, journal: 0 });
    await t.core.close();
  });

  it('the setup code opens setup for the connection that presented it, and dies with setup', async () => {
    const t = await startCore(freshDir());
    const token = t.core.setupToken() ?? '';
    expect(token.length).toBeGreaterThanOrEqual(20);
    const owner = t.connect();
    const other = t.connect();
    expect((await owner.ok('setup.unlock', { token })).setupAllowed).toBe(true);
    expect((await other.ok('app.status')).setupAllowed).toBe(false);
    await owner.ok('setup.createStore', newStore);
    expect(t.core.setupToken()).toBeNull();
    const again = await other.call('setup.unlock', { token });
    expect(again.ok ? null : again.error.code).toBe('already_set_up');
    await t.core.close();
  });

  it('the first Electron window may set up without the code', async () => {
    const t = await startCore(freshDir());
    t.core.allowSetup('wc:1');
    const win = t.connect('wc:1');
    expect((await win.ok('app.status')).setupAllowed).toBe(true);
    expect((await win.ok('setup.loadDemo')).setUp).toBe(true);
    await t.core.close();
  });

  it('creating a store makes the owner, the tax rate and till T01; the PIN is stored only as a hash', async () => {
    const t = await startCore(freshDir());
    const c = await t.setupConnection();
    const status = await c.ok('setup.createStore', newStore);
    expect(status.setUp).toBe(true);
    expect(status.till?.code).toBe('T01');
    const session = await c.ok('session.login', { pin: '2468' });
    expect(session.staff.role).toBe('owner');
    const hash = t.core.db.sqlite.prepare('select pin_hash from staff').pluck().get() as string;
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain('2468');
    expect(await c.ok('catalog.taxRates')).toMatchObject([{ code: 'A', rateBps: 1900 }]);
    await t.core.close();
  });

  it('a store can be created only once', async () => {
    const t = await startCore(freshDir(), { demo: true });
    const before = snapshot(t.core);
    t.core.allowSetup('wc:1');
    const r = await t.connect('wc:1').call('setup.createStore', newStore);
    expect(r.ok ? null : r.error.code).toBe('setup_not_allowed');
    const unlock = await t.connect().call('setup.unlock', { token: 'x' });
    expect(unlock.ok ? null : unlock.error.code).toBe('already_set_up');
    expect(snapshot(t.core)).toEqual(before);
    await t.core.close();
  });

  it('bad store details are refused with a message per field, and nothing is created', async () => {
    const t = await startCore(freshDir());
    const r = await (await t.setupConnection()).call('setup.createStore', {
      ...newStore,
      store: { ...newStore.store, currency: 'XYZ', name: '' },
      owner: { name: 'O', pin: '12' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.issues?.map((i) => i.path).sort()).toEqual(['owner.pin', 'store.currency', 'store.name']);
    }
    expect((await t.connect().ok('app.status')).setUp).toBe(false);
    await t.core.close();
  });

  it('an exclusive-tax store adds tax on top of shelf prices at checkout', async () => {
    const t = await startCore(freshDir());
    const c = await t.setupConnection();
    await c.ok('setup.createStore', newStore);
    await c.ok('session.login', { pin: '2468' });
    const rateId = (await c.ok('catalog.taxRates'))[0]?.id ?? '';
    const db = t.core.db.sqlite;
    db.prepare(
      "insert into products (id, sku, name, price, tax_rate_id, unit, active, created_at, updated_at) values ('p1', 'CAKE', 'Cake', 1999, ?, 'each', 1, '', '')",
    ).run(rateId);
    const cart = await c.ok('cart.scan', { code: 'CAKE' });
    // 19.99 net + 19% = 3.7981 -> 3.80 tax, 23.79 to pay.
    expect(cart.totals).toMatchObject({ inclusive: false, net: 1999, tax: 380, total: 2379 });
    const sale = await pay(c, 2500);
    expect(sale.change).toBe(121);
    await t.core.close();
  });

  it('five wrong PINs lock the till for a while, even from a new connection', async () => {
    const t = await startCore(freshDir(), { demo: true });
    for (let i = 0; i < 4; i++) {
      const r = await t.connect().call('session.login', { pin: '0000' });
      expect(r.ok ? null : r.error.code).toBe('bad_pin');
    }
    const fifth = await t.connect().call('session.login', { pin: '0000' });
    expect(fifth.ok ? null : fifth.error.code).toBe('locked_out');
    const right = await t.connect().call('session.login', { pin: '1111' });
    expect(right.ok ? null : right.error.code).toBe('locked_out');
    await t.core.close();
  });

  it('logging out ends the session of that connection only', async () => {
    const t = await startCore(freshDir(), { demo: true });
    const a = t.connect();
    const b = t.connect();
    await a.ok('session.login', { pin: '1111' });
    await b.ok('session.login', { pin: '9999' });
    await a.ok('session.logout');
    expect((await a.call('cart.get')).ok).toBe(false);
    expect((await b.ok('app.status')).session?.staff.role).toBe('manager');
    await t.core.close();
  });
});
