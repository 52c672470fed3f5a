import type { AppError, Result } from '../../../shared/contract';
import type { PosBridge } from './bridge';

/** The request never got an answer because the connection dropped; it may or may not have run. */
export class ConnectionLostError extends Error {
  constructor(readonly channel: string) {
    super(`Connection lost during ${channel}`);
    this.name = 'ConnectionLostError';
  }
}

type Listener<T> = (value: T) => void;

function listenerSet<T>() {
  const set = new Set<Listener<T>>();
  return {
    add(cb: Listener<T>): () => void {
      set.add(cb);
      return () => set.delete(cb);
    },
    emit(value: T): void {
      for (const cb of [...set]) cb(value);
    },
  };
}

interface Pending {
  channel: string;
  resolve: (r: Result<unknown>) => void;
  reject: (e: Error) => void;
}

interface Reply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: AppError;
}

interface Push {
  event: string;
  payload: unknown;
}

function isReply(m: unknown): m is Reply {
  return typeof m === 'object' && m !== null && typeof (m as Reply).id === 'number' && typeof (m as Reply).ok === 'boolean';
}

function isPush(m: unknown): m is Push {
  return typeof m === 'object' && m !== null && typeof (m as Push).event === 'string';
}

const BACKOFF_FIRST_MS = 250;
const BACKOFF_MAX_MS = 5000;

/** JSON over ws(s)://<host>/ipc: `{ id, channel, input }` out, `{ id, ok, ... }` and `{ event, payload }` in. */
export class WebSocketBridge implements PosBridge {
  private socket: WebSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Requests made while disconnected; sent in order once the socket opens. */
  private queue: string[] = [];
  private readonly events = new Map<string, ReturnType<typeof listenerSet<unknown>>>();
  private readonly reconnects = listenerSet<void>();
  private readonly connection = listenerSet<boolean>();
  private everOpened = false;
  private attempt = 0;

  constructor(private readonly url: string) {
    this.connect();
  }

  invoke(channel: string, input: unknown): Promise<Result<unknown>> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { channel, resolve, reject });
      const frame = JSON.stringify({ id, channel, input });
      if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(frame);
      else this.queue.push(frame);
    });
  }

  on(event: string, cb: (payload: unknown) => void): () => void {
    let set = this.events.get(event);
    if (set === undefined) {
      set = listenerSet<unknown>();
      this.events.set(event, set);
    }
    return set.add(cb);
  }

  onReconnect(cb: () => void): () => void {
    return this.reconnects.add(cb);
  }

  onConnectionChange(cb: (connected: boolean) => void): () => void {
    return this.connection.add(cb);
  }

  private connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempt = 0;
      const queued = this.queue;
      this.queue = [];
      for (const frame of queued) socket.send(frame);
      this.connection.emit(true);
      if (this.everOpened) this.reconnects.emit();
      this.everOpened = true;
    });
    socket.addEventListener('message', (e: MessageEvent<unknown>) => {
      if (typeof e.data === 'string') this.receive(e.data);
    });
    socket.addEventListener('close', () => {
      this.socket = null;
      this.failInFlight();
      this.connection.emit(false);
      // Full jitter, so many tills restarting with one server do not reconnect in lockstep.
      const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** this.attempt);
      this.attempt += 1;
      window.setTimeout(() => this.connect(), BACKOFF_FIRST_MS / 2 + Math.random() * ceiling);
    });
  }

  private receive(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (isReply(message)) {
      const p = this.pending.get(message.id);
      if (p === undefined) return;
      this.pending.delete(message.id);
      if (message.ok) p.resolve({ ok: true, value: message.value });
      else p.resolve({ ok: false, error: message.error ?? { code: 'internal', message: 'Malformed error reply' } });
    } else if (isPush(message)) {
      this.events.get(message.event)?.emit(message.payload);
    }
  }

  private failInFlight(): void {
    // Queued frames were never sent and can wait for the next socket; sent ones are lost.
    const queuedIds = new Set(this.queue.map((f) => (JSON.parse(f) as { id: number }).id));
    for (const [id, p] of this.pending) {
      if (queuedIds.has(id)) continue;
      this.pending.delete(id);
      p.reject(new ConnectionLostError(p.channel));
    }
  }
}
