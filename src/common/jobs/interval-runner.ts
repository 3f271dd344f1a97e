import { Logger } from '@nestjs/common';

/**
 * Runs a job every few seconds in this process, never two runs at once; stop() waits for the run in
 * progress. Jobs stay safe across instances by claiming their rows (SKIP LOCKED), not by this timer.
 */
export class IntervalRunner {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(private readonly logger: Logger) {}

  /** `seconds` 0 leaves the job off (tests run it by hand). */
  start(seconds: number, run: () => Promise<unknown>): void {
    if (seconds === 0) return;
    this.timer = setInterval(() => {
      this.running ??= run()
        .catch((error: unknown) => this.logger.error({ err: error }, 'Scheduled job failed'))
        .finally(() => (this.running = undefined));
    }, seconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
