/**
 * A network receipt printer on 127.0.0.1 for tests: records what each connection sends
 * as one job and answers real-time status queries (DLE EOT n) at once, as a TM printer's
 * network interface does.
 */
import net from 'node:net';

export interface LoopbackPrinter {
  port: number;
  uri: string;
  /** One Buffer per connection that sent anything, in the order they ended. */
  jobs: Buffer[];
  allBytes(): Buffer;
  /**
   * The most print jobs that were arriving at once (from their first byte to the client's
   * end): 1 means every job had the printer to itself. Status queries (DLE EOT) do not count;
   * the client is done with one as soon as the answer is in.
   */
  maxJobsAtOnce(): number;
  /** The byte answered to DLE EOT n; 0x12 means nothing to report. */
  setStatus(n: 1 | 2 | 4, byte: number): void;
  stop(): Promise<void>;
}

export interface LoopbackOptions {
  /** false: accept connections and read, but never answer a status query. */
  answerStatus?: boolean;
  /** Listen on this port, e.g. to bring back a printer the till was told was at it; 0 picks a free one. */
  port?: number;
}

export async function startLoopbackPrinter(options: LoopbackOptions = {}): Promise<LoopbackPrinter> {
  const answerStatus = options.answerStatus ?? true;
  const status = new Map<number, number>([
    [1, 0x12],
    [2, 0x12],
    [4, 0x12],
  ]);
  const jobs: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  let jobsOpen = 0;
  let maxJobsAtOnce = 0;

  const server = net.createServer((socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    // The last two bytes of the previous chunk: a query can arrive split across chunks.
    let tail = Buffer.alloc(0);
    let recorded = false;
    let counted = false;
    const jobDone = (): void => {
      if (counted) jobsOpen -= 1;
      counted = false;
    };
    const record = (): void => {
      if (recorded) return;
      recorded = true;
      if (chunks.length > 0) jobs.push(Buffer.concat(chunks));
    };

    socket.on('data', (chunk: Buffer) => {
      if (chunks.length === 0 && chunk[0] !== 0x10) {
        counted = true;
        jobsOpen += 1;
        maxJobsAtOnce = Math.max(maxJobsAtOnce, jobsOpen);
      }
      chunks.push(chunk);
      const scan = Buffer.concat([tail, chunk]);
      for (let i = 0; i + 2 < scan.length; i += 1) {
        if (scan[i] !== 0x10 || scan[i + 1] !== 0x04) continue;
        const reply = status.get(scan[i + 2] ?? -1);
        if (answerStatus && reply !== undefined) socket.write(Buffer.from([reply]));
      }
      tail = scan.subarray(Math.max(0, scan.length - 2));
    });
    socket.on('end', () => {
      jobDone();
      record();
    });
    socket.on('close', () => {
      jobDone();
      record();
      sockets.delete(socket);
    });
    // A client that gives up (timeout) resets the connection; that is not a test failure.
    socket.on('error', () => undefined);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('loopback printer has no TCP address');
  const port = address.port;

  return {
    port,
    uri: `tcp://127.0.0.1:${port}`,
    jobs,
    allBytes: () => Buffer.concat(jobs),
    maxJobsAtOnce: () => maxJobsAtOnce,
    setStatus(n, byte) {
      status.set(n, byte);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on: connections to it are refused at once. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}
