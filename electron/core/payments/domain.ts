import { DEFAULT_SALES_RULES } from '../../../shared/domain/store';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { TerminalHub } from './terminal/create-terminal';
import { listTenders, saveTender } from './tender-methods';

/** tenders.*: the tenders the store takes and which of them open the drawer. */
export function tendersDomain(ctx: CoreContext) {
  const handlers: HandlersOf<'tenders'> = {
    'tenders.list': (input) => listTenders(ctx.db, { all: input?.all ?? false }),
    'tenders.save': (input) => saveTender(ctx.db, input),
  };
  return { handlers };
}

/** rules.*: how the till treats money at the counter (SalesRules). */
export function rulesDomain(ctx: CoreContext) {
  const handlers: HandlersOf<'rules'> = {
    'rules.get': () => ctx.settings.salesRules(),
    'rules.update': (input) => {
      const current = ctx.settings.salesRules();
      const next = {
        ...current,
        ...input,
        discountLimits: { ...DEFAULT_SALES_RULES.discountLimits, ...current.discountLimits, ...input.discountLimits },
      };
      ctx.settings.set('sales', next);
      return next;
    },
  };
  return { handlers };
}

/** terminal.*: which card terminal driver this till uses. */
export function terminalDomain(ctx: CoreContext) {
  const hub = new TerminalHub(() => ctx.settings.terminal());
  const handlers: HandlersOf<'terminal'> = {
    'terminal.get': () => ctx.settings.terminal(),
    'terminal.update': (input) => {
      const next = { ...ctx.settings.terminal(), ...input };
      ctx.settings.set('terminal', next);
      return next;
    },
  };
  return { hub, handlers };
}
