import { BiometricBusyError } from './engine';

/**
 * Runs face analyses a few at a time and refuses new ones past a fixed backlog. Each running
 * analysis holds a decoded image and its tensors, each waiting one only its compressed bytes, so
 * memory stays bounded however many requests arrive at once.
 */
export class AnalysisQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
    /** Rough seconds one analysis takes, for the busy error's retry hint. */
    private readonly secondsPerTask: number,
  ) {}

  /** Runs `task` when a slot is free; throws `BiometricBusyError` at once if the backlog is full. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) {
        const backlog = this.waiting.length + this.running;
        throw new BiometricBusyError(Math.max(1, Math.ceil(backlog * this.secondsPerTask)));
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `running` only drops when nobody waits.
      if (next) next();
      else this.running -= 1;
    }
  }

  get pending(): number {
    return this.running + this.waiting.length;
  }
}
