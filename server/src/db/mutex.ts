/** A promise mutex: `run` calls take turns in arrival order; a rejected call does not block the next one. */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  /** Whether a call is running or waiting. */
  get locked(): boolean {
    return this.pending > 0;
  }

  run<T>(fn: () => Promise<T>): Promise<T> {
    this.pending += 1;
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => { this.pending -= 1; },
      () => { this.pending -= 1; },
    );
    return result;
  }
}
