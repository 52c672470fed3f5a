/**
 * Runs jobs one after another. A network receipt printer serves one connection at a time:
 * a status poll racing a receipt would wait in the printer's backlog and time out, so
 * everything sent to one device goes through one queue.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job);
    // A failed job must not poison the jobs queued behind it.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
