import { StoreInUseError } from '../core/db/data-folder-lock';
import { DatabaseFromFutureError } from '../core/db/migrate';

export interface StartupFailure {
  title: string;
  message: string;
}

/**
 * What the one error dialog says when Tillbox cannot start. The core's refusals already
 * say in a sentence what is wrong and that nothing was changed, so they are shown as they
 * are, without a stack.
 */
export function startupFailure(err: unknown): StartupFailure {
  if (err instanceof StoreInUseError || err instanceof DatabaseFromFutureError) {
    return { title: 'Tillbox cannot open this store', message: err.message };
  }
  const message = err instanceof Error ? err.message : String(err);
  if (/NODE_MODULE_VERSION/.test(message)) {
    // Electron started by hand from a checkout loads node_modules' Node build.
    return {
      title: 'Tillbox cannot start',
      message:
        'The SQLite module here is built for Node, not for Electron: start Tillbox with npm start, which builds the Electron one.',
    };
  }
  return { title: 'Tillbox cannot start', message };
}
