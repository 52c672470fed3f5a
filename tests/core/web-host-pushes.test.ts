/**
 * Pushes reach only logged-in sockets, and only events their session may see: the core
 * filters at each push, and the web host forwards nothing else.
 */
import { CLEAR_CART } from './clear-cart';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_ACCESS, EVENT_NAMES } from '../../shared/contract';
import { ROLE_PERMISSIONS } from '../../shared/permissions';
import type { CartView } from '../../shared/domain/cart';
import { client, sell, sleep, startTestHost, type Client, type TestHost } from './web-host-client';

const SOURDOUGH = '5010029032307';

async function cashier(url: string): Promise<Client> {
  const c = await client(url);
  expect((await c.call('session.login', { pin: '1111' })).ok).toBe(true);
  return c;
}

/** What a cashier's session may receive, from the same table the core decides by. */
const CASHIER_EVENTS = EVENT_NAMES.filter((e) => {
  const access = EVENT_ACCESS[e];
  return access === 'staff' || (ROLE_PERMISSIONS.cashier as readonly string[]).includes(access);
});

describe('web host: pushes', () => {
  let h: TestHost;

  beforeAll(async () => {
    h = await startTestHost();
  });
  afterAll(() => h.close());

  it('a logged-in socket receives cart.updated with the cart', async () => {
    const display = await cashier(h.url);
    const till = await cashier(h.url);
    await till.call('cart.voidSale', CLEAR_CART);
    await till.call('cart.scan', { code: SOURDOUGH });
    const pushed = await display.waitFrame(
      (f) => f.event === 'cart.updated' && (f.payload as CartView).lines.some((l) => l.qty === 1000),
    );
    expect((pushed.payload as CartView).lines).toHaveLength(1);
    await till.call('cart.voidSale', CLEAR_CART);
    display.ws.close();
    till.ws.close();
  });

  it('a socket that never logged in receives no push while another sells', async () => {
    const stranger = await client(h.url);
    const wrongPin = await client(h.url);
    expect((await wrongPin.call('session.login', { pin: '0000' })).ok).toBe(false);
    const observer = await cashier(h.url);
    await sell(h.url);
    // The observer saw the sale's pushes, so they were sent while the others listened.
    await observer.waitFrame((f) => f.event === 'cart.updated');
    await observer.waitFrame((f) => f.event === 'print.job');
    await sleep(100);
    expect(stranger.pushes()).toEqual([]);
    expect(wrongPin.pushes()).toEqual([]);
    for (const c of [stranger, wrongPin, observer]) c.ws.close();
  });

  it('after session.logout a socket stops receiving pushes', async () => {
    const leaving = await cashier(h.url);
    const observer = await cashier(h.url);
    const till = await cashier(h.url);
    await till.call('cart.scan', { code: SOURDOUGH });
    await leaving.waitFrame((f) => f.event === 'cart.updated');
    expect((await leaving.call('session.logout')).ok).toBe(true);
    const seenBefore = leaving.pushes().length;
    const observed = observer.pushes().length;
    await till.call('cart.voidSale', CLEAR_CART);
    await sell(h.url);
    await observer.waitFrame((f) => f.event === 'print.job', observed);
    await sleep(100);
    expect(leaving.pushes().length).toBe(seenBefore);
    for (const c of [leaving, observer, till]) c.ws.close();
  });

  it("a cashier's socket receives only events a cashier may see, as { event, payload } frames", async () => {
    const c = await cashier(h.url);
    await sell(h.url);
    await c.waitFrame((f) => f.event === 'print.job');
    for (const f of c.pushes()) {
      expect(Object.keys(f).sort()).toEqual(['event', 'payload']);
      expect(CASHIER_EVENTS).toContain(f.event);
    }
    c.ws.close();
  });
});
