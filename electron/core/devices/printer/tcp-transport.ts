import net from 'node:net';
import { DeviceError } from '../types';
import type { PrinterTransport } from './transport';

export const DEFAULT_PRINTER_PORT = 9100;
export const DEFAULT_PRINTER_TIMEOUT_MS = 3000;

export interface TcpTransportOptions {
  host: string;
  port?: number;
  /** The whole job, connect included, must finish within this. */
  timeoutMs?: number;
  /** Defaults to timeoutMs; shorter makes an unplugged printer fail sooner. */
  connectTimeoutMs?: number;
}

// Errors that mean "nobody is there" rather than "something went wrong mid-job".
const UNREACHABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);

/**
 * Raw ESC/POS over TCP (port 9100), a new connection per job as node-thermal-printer
 * does: network printers drop idle connections, and a fresh one per receipt means no
 * state survives a printer reboot.
 */
export class TcpTransport implements PrinterTransport {
  readonly name: string;
  private readonly host: string;
  private readonly port: number;
  private readonly timeoutMs: number;
  private readonly connectTimeoutMs: number;
  private readonly where: string;

  constructor(options: TcpTransportOptions) {
    this.host = options.host;
    this.port = options.port ?? DEFAULT_PRINTER_PORT;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_PRINTER_TIMEOUT_MS;
    this.connectTimeoutMs = Math.min(options.connectTimeoutMs ?? this.timeoutMs, this.timeoutMs);
    const host = this.host.includes(':') ? `[${this.host}]` : this.host;
    this.where = `${host}:${this.port}`;
    this.name = `tcp://${this.where}`;
  }

  async send(bytes: Buffer): Promise<void> {
    await this.exchange(bytes, 0, this.timeoutMs);
  }

  query(bytes: Buffer, replyLength: number, timeoutMs: number): Promise<Buffer> {
    if (!Number.isInteger(replyLength) || replyLength < 1) {
      throw new RangeError(`replyLength must be a positive integer, got ${replyLength}`);
    }
    return this.exchange(bytes, replyLength, timeoutMs);
  }

  /**
   * One connection: write bytes, then either wait for replyLength bytes (a query) or
   * for the connection to close cleanly (a job). Always settles by timeoutMs.
   */
  private exchange(bytes: Buffer, replyLength: number, timeoutMs: number): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const socket = net.connect({ host: this.host, port: this.port });
      const chunks: Buffer[] = [];
      let received = 0;
      let connected = false;
      let settled = false;

      const settle = (error: DeviceError | null, reply?: Buffer): void => {
        if (settled) return;
        settled = true;
        clearTimeout(connectTimer);
        clearTimeout(overallTimer);
        if (error !== null) {
          socket.destroy();
          reject(error);
          return;
        }
        resolve(reply ?? Buffer.alloc(0));
      };

      const connectTimer = setTimeout(() => {
        settle(this.timedOut(`is not reachable (no answer within ${seconds(this.connectTimeoutMs)})`));
      }, this.connectTimeoutMs);
      const overallTimer = setTimeout(() => {
        settle(
          connected
            ? this.timedOut(`did not ${replyLength > 0 ? 'answer' : 'take the receipt'} within ${seconds(timeoutMs)}`)
            : this.timedOut(`is not reachable (no answer within ${seconds(timeoutMs)})`),
        );
      }, timeoutMs);

      socket.once('connect', () => {
        connected = true;
        clearTimeout(connectTimer);
        if (replyLength === 0) {
          // end() rather than write()+destroy(): destroy can reset the connection while
          // bytes are still queued, and a reset drops the tail of the receipt.
          socket.end(bytes);
        } else {
          socket.write(bytes);
        }
      });

      socket.on('data', (chunk: Buffer) => {
        // A job ignores what the printer says (some send status on their own), but the
        // data must still be read or the closing handshake never completes.
        if (replyLength === 0 || settled) return;
        chunks.push(chunk);
        received += chunk.length;
        if (received >= replyLength) {
          settle(null, Buffer.concat(chunks).subarray(0, replyLength));
          socket.end();
          // A printer that keeps its side open must not keep a socket alive forever.
          setTimeout(() => socket.destroy(), timeoutMs).unref();
        }
      });

      socket.on('error', (err: NodeJS.ErrnoException) => {
        if (!connected || (err.code !== undefined && UNREACHABLE.has(err.code))) {
          settle(new DeviceError('device_offline', `Receipt printer at ${this.where} is not reachable`, { cause: err }));
        } else {
          settle(
            new DeviceError('device_offline', `Receipt printer at ${this.where} closed the connection during a job`, {
              cause: err,
            }),
          );
        }
      });

      socket.once('close', (hadError: boolean) => {
        if (settled || hadError) return;
        if (replyLength === 0 && socket.writableFinished) {
          settle(null);
        } else {
          settle(new DeviceError('device_error', `Receipt printer at ${this.where} closed the connection too early`));
        }
      });
    });
  }

  private timedOut(what: string): DeviceError {
    return new DeviceError('device_timeout', `Receipt printer at ${this.where} ${what}`);
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
