import type { StaffView } from '../../../shared/domain/staff';
import type { CoreContext } from '../context';
import type { JsonValue } from '../journal/entry-format';

/** stock.changed: paperwork that moves no goods (a location, a reason, a transfer draft), naming who changed it. */
export function stockChanged(
  ctx: CoreContext,
  tillId: string,
  staff: StaffView,
  what: { [key: string]: JsonValue },
): void {
  ctx.documents.record('stock.changed', tillId, { ...what, staffId: staff.id, staffName: staff.name });
}
