import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE, openDatabase } from '../../electron/core/db/connection';
import { WalCheckpoints } from '../../electron/core/db/wal-checkpoints';
import { tempDataDir } from './harness';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('WAL checkpoints', () => {
  it('a commit never carries an automatic checkpoint below the hard limit', () => {
    const d = tempDataDir();
    dirs.push(d);
    const db = openDatabase(d.dir);
    expect(db.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(WalCheckpoints.HARD_LIMIT_PAGES);
    db.close();
  });

  it('the WAL is checkpointed from a second connection once the till has been idle', async () => {
    const d = tempDataDir();
    dirs.push(d);
    const db = openDatabase(d.dir);
    const checkpoints = new WalCheckpoints(path.join(d.dir, DB_FILE), { idleMs: 60 });
    db.sqlite.prepare("insert into settings (key, value) values ('a', '1')").run();
    checkpoints.noteWrite();
    expect(checkpoints.pending).toBe(true);
    for (let i = 0; i < 100 && checkpoints.pending; i++) await new Promise((r) => setTimeout(r, 20));
    expect(checkpoints.pending).toBe(false);
    checkpoints.close();
    db.close();
  });
});
