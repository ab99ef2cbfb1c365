import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, ErrorCode } from '@lexgap/platform';

/**
 * A token bucket per API key for writes: `writeRateLimit` mutations a minute, refilled evenly, so a
 * runaway script cannot flood the database while a person never notices the limit.
 */
@Injectable()
export class WriteRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMinute: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.perMinute = config.writeRateLimit;
  }

  take(keyId: string): void {
    const now = Date.now();
    const bucket = this.buckets.get(keyId) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(keyId, bucket);
      const wait = Math.ceil(((1 - bucket.tokens) / this.perMinute) * 60_000);
      throw new DomainError(ErrorCode.RATE_LIMITED, `Too many writes with this API key (limit ${this.perMinute} a minute); retry in ${wait} ms`, { retryAfterMs: wait });
    }
    bucket.tokens -= 1;
    this.buckets.set(keyId, bucket);
  }
}
