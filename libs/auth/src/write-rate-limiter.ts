import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, ErrorCode } from '@lexgap/platform';

/**
 * A token bucket per API key for writes: `writeRateLimit` mutations a minute, refilled evenly, so a
 * runaway script cannot flood the database while a person never notices the limit. A request pays
 * for all its mutations before the first one runs (WriteBudgetPlugin), so it is refused whole or run whole.
 */
@Injectable()
export class WriteRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMinute: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.perMinute = config.writeRateLimit;
  }

  /** Takes `requested` writes from the key's budget, or none and throws RATE_LIMITED when it has fewer left. */
  take(keyId: string, requested = 1): void {
    const now = Date.now();
    const bucket = this.buckets.get(keyId) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    bucket.at = now;
    this.buckets.set(keyId, bucket);
    if (bucket.tokens >= requested) {
      bucket.tokens -= requested;
      return;
    }
    const limit = this.perMinute;
    const remaining = Math.floor(bucket.tokens);
    const what = `this request has ${requested} ${requested === 1 ? 'mutation' : 'mutations'}`;
    if (requested > limit) {
      throw new DomainError(ErrorCode.RATE_LIMITED, `Too many writes with this API key: ${what}, more than its limit of ${limit} a minute; nothing was written, send them in smaller requests`, {
        limit,
        requested,
        remaining,
      });
    }
    const retryAfterMs = Math.ceil(((requested - bucket.tokens) / limit) * 60_000);
    throw new DomainError(ErrorCode.RATE_LIMITED, `Too many writes with this API key: ${what} and ${remaining} of its ${limit} a minute remain; nothing was written, retry in ${retryAfterMs} ms`, {
      limit,
      requested,
      remaining,
      retryAfterMs,
    });
  }
}
