import { Injectable, Logger } from '@nestjs/common';

const WINDOW_MS = 15 * 60_000;
const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 4_000;

/**
 * Slows down callers who present bad credentials: each failure from the same address within 15
 * minutes doubles the delay before the refusal (250 ms, 500 ms, … up to 4 s), and every failure is
 * logged with the address, so guessing keys is slow and visible.
 */
@Injectable()
export class CredentialThrottle {
  private readonly logger = new Logger('Authentication');
  private readonly failures = new Map<string, number[]>();

  async failed(address: string): Promise<void> {
    const now = Date.now();
    const recent = (this.failures.get(address) ?? []).filter((t) => now - t < WINDOW_MS);
    recent.push(now);
    this.failures.set(address, recent);
    if (this.failures.size > 10_000) this.prune(now);
    const delay = Math.min(BASE_DELAY_MS * 2 ** (recent.length - 1), MAX_DELAY_MS);
    this.logger.warn(`bad API key from ${address} (${recent.length} in 15 min); answering in ${delay} ms`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }

  private prune(now: number): void {
    for (const [address, times] of this.failures) if (times.every((t) => now - t >= WINDOW_MS)) this.failures.delete(address);
  }
}
