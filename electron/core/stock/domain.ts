import path from 'node:path';
import { staffOf, type CoreContext } from '../context';
import { DB_FILE } from '../db/connection';
import type { HandlersOf } from '../router';
import { adjustStock } from './adjustments';
import { expiryList } from './expiry';
import { productHistory } from './history';
import { LocationService } from './location-service';
import { ReasonService } from './reason-service';
import { transferRows, transferView } from './transfer-view';
import { TransferService } from './transfers';
import { runValuation } from './valuation';

/** stock.*: locations, adjustment reasons, adjustments, transfers, history, valuation and expiry. */
export function stockDomain(ctx: CoreContext, deps: { dataDir: string; nativeBinding: string | undefined }) {
  const locations = new LocationService(ctx);
  const reasons = new ReasonService(ctx);
  const transfers = new TransferService(ctx);
  const worker = { dbFile: path.join(deps.dataDir, DB_FILE), nativeBinding: deps.nativeBinding };
  const handlers: HandlersOf<'stock'> = {
    'stock.locations': (input) => locations.list(input?.includeArchived ?? false),
    'stock.saveLocation': (input, call) => locations.save(input, staffOf(call)),
    'stock.archiveLocation': (input, call) => locations.archive(input.id, input.archived, staffOf(call)),
    'stock.tillLocations': () => locations.tills(),
    'stock.setTillLocation': (input, call) => locations.setTillLocation(input.tillId, input.locationId, staffOf(call)),
    'stock.productStock': (input) => locations.productStock(input.productId),
    'stock.reasons': (input) => reasons.list(input?.includeArchived ?? false, input?.includeSystem ?? false),
    'stock.saveReason': (input, call) => reasons.save(input, staffOf(call)),
    'stock.archiveReason': (input, call) => reasons.archive(input.code, input.archived, staffOf(call)),
    'stock.adjust': (input, call) => adjustStock(ctx, reasons, input, staffOf(call)),
    'stock.transfers': (input) => transferRows(ctx.db, input?.status, input?.limit ?? 200),
    'stock.transfer': (input) => transferView(ctx.db, input.id),
    'stock.saveTransfer': (input, call) => transfers.save(input, staffOf(call)),
    'stock.sendTransfer': (input, call) => transfers.send(input.id, input.version, staffOf(call)),
    'stock.receiveTransfer': (input, call) => transfers.receive(input, staffOf(call)),
    'stock.cancelTransfer': (input, call) => transfers.cancel(input.id, input.version, staffOf(call)),
    'stock.history': (input) => productHistory(ctx.db, input),
    'stock.valuation': (input) => runValuation(worker, input?.asOf),
    'stock.expiry': (input) => expiryList(ctx, input?.locationId),
  };
  return { handlers };
}
