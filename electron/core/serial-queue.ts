/**
 * Runs jobs one after another, each starting when the one before has settled, whether it
 * succeeded or not. Used wherever order is the rule: a network receipt printer serves one
 * connection at a time (a status poll racing a receipt would wait in its backlog and time
 * out), PIN checks must each count before the next is checked, and the web host keeps
 * calls that depend on each other in the order they arrived.
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
