/**
 * How much one client may make the web host do. Every number is far above what a till
 * does and far below what hurts the process that also holds the till's database: a
 * cashier scans a few items a second, the renderer fires a handful of queries when a
 * screen opens, and a shop runs a till tab and perhaps a customer display.
 */
export interface SocketLimits {
  /** Largest text frame; a bigger one closes the socket with 1009. The largest real request is a product image. */
  maxFrameBytes: number;
  /** Requests of one socket still awaiting the core; one beyond is answered `too_many_requests` and never run. */
  maxInFlight: number;
  /** Frames one socket may send at once before `rate_limited`... */
  burst: number;
  /** ...and per second after that. */
  perSecond: number;
  /** Frames refused for rate a socket may keep sending before it is closed with 1008. */
  floodTolerance: number;
  /** Open WebSockets; the next handshake is refused with 503. */
  maxSockets: number;
  /** Replies and pushes queued for a client that does not read; beyond this it is dropped. */
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: SocketLimits = {
  // 3 MiB: a product image (products.setImage, at most 2 MB, 2.8 MB as base64) must fit one frame.
  maxFrameBytes: 3 * 1024 * 1024,
  // The renderer's busiest moment (a screen opening, or a reconnect flushing its queue) sends under ten.
  maxInFlight: 16,
  // A scanner burst plus the queries around it is tens of frames; 50/s sustained is ten times a fast cashier.
  burst: 100,
  perSecond: 50,
  // Twice a burst: a client that pipelines past its budget once is told, not cut off; one that ignores being told is.
  floodTolerance: 200,
  // A till tab, a customer display, a back office tab and reconnects in flight are a handful.
  maxSockets: 64,
  // Sixteen full frames' worth: a slow tablet catches up long before, a client that never reads never does.
  maxBufferedBytes: 16 * 1024 * 1024,
};

export type RateVerdict = 'run' | 'refuse' | 'close';

/**
 * A token bucket that may go into debt: each frame takes a token; with none left the
 * frame is refused and the debt grows, so a client that keeps sending after being told
 * waits longer, and one whose debt reaches the tolerance is closed. Pure apart from the
 * clock it is given, so the rule is testable without timers.
 */
export class FrameRateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly limits: Pick<SocketLimits, 'burst' | 'perSecond' | 'floodTolerance'>,
    private readonly now: () => number,
  ) {
    this.tokens = limits.burst;
    this.last = now();
  }

  take(): RateVerdict {
    const t = this.now();
    this.tokens = Math.min(this.limits.burst, this.tokens + ((t - this.last) / 1000) * this.limits.perSecond);
    this.last = t;
    this.tokens -= 1;
    if (this.tokens >= 0) return 'run';
    return this.tokens < -this.limits.floodTolerance ? 'close' : 'refuse';
  }
}
