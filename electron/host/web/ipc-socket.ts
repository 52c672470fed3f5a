import type { RawData, WebSocket } from 'ws';
import type { Result } from '../../../shared/contract';
import type { Core } from '../../core/core';
import { CLOSE, errorFrame, idOf, replyFrame, wireRequest, type WireRequest } from './protocol';
import type { SerialQueue } from '../../core/serial-queue';
import { ONE_AT_A_TIME } from './one-at-a-time';
import { FrameRateLimiter, type SocketLimits } from './socket-limits';

export interface IpcSocketDeps {
  core: Pick<Core, 'router' | 'subscribe' | 'disconnect'>;
  limits: SocketLimits;
  /** Milliseconds, for the rate limiter. */
  now: () => number;
  /** Shared by every socket of the host: the calls that must not overlap, see ONE_AT_A_TIME. */
  serial: SerialQueue;
}

/** The result of a call dropped because its socket closed first; never sent. */
const GONE: Result<never> = { ok: false, error: { code: 'not_logged_in', message: 'The connection closed' } };

const INTERNAL: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'Something went wrong; the action was not completed.' },
};

/**
 * The contract served to one WebSocket, which is one connection to the core with its
 * own login. Nothing a client sends may throw out of here: an exception in a 'message'
 * listener or a rejected promise would take down the process that holds the till's
 * database, so every path ends in a reply, a close, or a log line.
 */
export function serveIpcSocket(ws: WebSocket, connectionId: string, deps: IpcSocketDeps): void {
  const { core, limits } = deps;
  const rate = new FrameRateLimiter(limits, deps.now);
  let inFlight = 0;
  let closed = false;

  const send = (text: string): void => {
    if (ws.readyState !== ws.OPEN) return;
    // A client that never reads would otherwise grow our memory with every reply and push.
    if (ws.bufferedAmount + Buffer.byteLength(text) > limits.maxBufferedBytes) {
      ws.terminate();
      return;
    }
    // With a callback, a write to a socket that died meanwhile reports here instead of throwing; 'close' cleans up.
    ws.send(text, () => undefined);
  };

  // The core decides at each push whether this socket's session may see it.
  const unsubscribe = core.subscribe(connectionId, (event, payload) => {
    try {
      send(JSON.stringify({ event, payload }));
    } catch (err) {
      // Thrown back into the core's event bus, this would break the action that emitted it.
      console.error(`web host: push ${event} to ${connectionId} failed`, err);
    }
  });

  const run = async (req: WireRequest): Promise<void> => {
    inFlight += 1;
    let result: Result<unknown>;
    try {
      const call = () => core.router.call(connectionId, req.channel, req.input);
      // A queued call of a socket that has closed meanwhile is dropped: nobody waits for it,
      // and sockets opened only to queue PIN checks and leave must not keep the queue busy.
      const whenItsTurn = () => (closed ? Promise.resolve(GONE) : call());
      result = await (ONE_AT_A_TIME.has(req.channel) ? deps.serial.run(whenItsTurn) : call());
    } catch (err) {
      console.error(`web host: ${req.channel} threw past the router`, err);
      result = INTERNAL;
    } finally {
      inFlight -= 1;
    }
    let text: string;
    try {
      text = replyFrame(req.id, result);
    } catch (err) {
      console.error(`web host: the reply to ${req.channel} is not JSON`, err);
      text = replyFrame(req.id, INTERNAL);
    }
    send(text);
    // A login that finished after its socket closed would leave a session nobody can end.
    if (closed && inFlight === 0) core.disconnect(connectionId);
  };

  const receive = (data: RawData, isBinary: boolean): void => {
    if (ws.readyState !== ws.OPEN) return;
    if (isBinary) {
      ws.close(CLOSE.unsupportedData, 'Send JSON text frames');
      return;
    }
    const verdict = rate.take();
    if (verdict === 'close') {
      ws.close(CLOSE.policyViolation, 'Too many messages after rate_limited');
      return;
    }
    let frame: unknown;
    try {
      frame = JSON.parse(textOf(data));
    } catch {
      send(errorFrame(null, 'invalid_input', 'Not JSON'));
      return;
    }
    if (verdict === 'refuse') {
      send(errorFrame(idOf(frame), 'rate_limited', 'Too many requests; slow down and try again'));
      return;
    }
    const req = wireRequest.safeParse(frame);
    if (!req.success) {
      send(errorFrame(idOf(frame), 'invalid_input', 'Expected { id, channel, input }'));
      return;
    }
    if (inFlight >= limits.maxInFlight) {
      send(errorFrame(req.data.id, 'too_many_requests', 'Too many requests still running on this connection'));
      return;
    }
    run(req.data).catch((err: unknown) => console.error(`web host: ${req.data.channel} failed to reply`, err));
  };

  // Browsers never send pings, so a client that does spends the same budget as its
  // requests: each ping would otherwise cost a pong, outside every limit.
  const control = (): void => {
    if (ws.readyState === ws.OPEN && rate.take() === 'close') {
      ws.close(CLOSE.policyViolation, 'Too many messages after rate_limited');
    }
  };
  ws.on('ping', control);
  ws.on('pong', control);
  ws.on('message', (data, isBinary) => {
    try {
      receive(data, isBinary);
    } catch (err) {
      console.error(`web host: frame from ${connectionId} failed`, err);
      ws.terminate();
    }
  });
  // ws closes the socket itself (1007 bad UTF-8, 1009 too big) and then emits 'error':
  // without a listener that event would be thrown and end the process.
  ws.on('error', () => undefined);
  ws.on('close', () => {
    closed = true;
    unsubscribe();
    core.disconnect(connectionId);
  });
}

/** Text frames arrive as one Buffer with the default binaryType; the other shapes are for completeness. */
function textOf(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
