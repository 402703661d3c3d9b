/**
 * Per-token rate limits: a token bucket per token id that holds one minute's
 * allowance and refills continuously.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #now: () => number;

  /** @param now - The clock in milliseconds (tests pass their own). */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /**
   * Takes one request from a token's allowance.
   *
   * @param key - The token id.
   * @param perMinute - Its allowance.
   * @returns `0` when allowed, else the seconds to wait before the next request.
   */
  take(key: string, perMinute: number): number {
    const now = this.#now();
    const rate = perMinute / 60_000;
    let b = this.#buckets.get(key);
    if (!b) {
      b = { tokens: perMinute, at: now };
      this.#buckets.set(key, b);
    }
    b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * rate);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
  }
}
