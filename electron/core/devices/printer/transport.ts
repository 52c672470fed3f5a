/**
 * Bytes to and from a printer, whatever the wire. The ESC/POS printer only knows this
 * interface, so TCP, serial and USB differ in one small class each, and tests can swap in
 * a loopback.
 */
export interface PrinterTransport {
  /** Where the bytes go, e.g. 'tcp://127.0.0.1:9100'. */
  readonly name: string;
  /** Resolves once the printer has all the bytes; rejects with DeviceError. */
  send(bytes: Buffer): Promise<void>;
  /** Writes bytes and resolves with exactly replyLength bytes of reply; rejects with DeviceError. */
  query(bytes: Buffer, replyLength: number, timeoutMs: number): Promise<Buffer>;
}
