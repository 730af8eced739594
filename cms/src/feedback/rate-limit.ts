/**
 * A per-client token bucket: each client may make `burst` requests at once, and earns one more
 * every `refillMs`. In memory, per CMS process (several instances each count on their own).
 * Clients whose bucket is full again are forgotten once more than `maxClients` are tracked.
 */
export interface RateLimiter {
  /** True when the client may go ahead (and spends one token); false when it must wait. */
  take: (client: string, now?: number) => boolean
}

export function rateLimiter({ burst, refillMs, maxClients = 10_000 }: { burst: number; refillMs: number; maxClients?: number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const level = (bucket: { tokens: number; at: number }, now: number) => Math.min(burst, bucket.tokens + (now - bucket.at) / refillMs)
  return {
    take(client, now = Date.now()) {
      if (buckets.size > maxClients) {
        for (const [key, bucket] of buckets) if (level(bucket, now) >= burst) buckets.delete(key)
      }
      const bucket = buckets.get(client)
      const tokens = bucket ? level(bucket, now) : burst
      if (tokens < 1) return false
      buckets.set(client, { tokens: tokens - 1, at: now })
      return true
    },
  }
}

/**
 * Who is asking, for rate limits: the last `X-Forwarded-For` hop, which a proxy in front of the
 * CMS appends (a client can only prepend made-up hops) and which Next fills with the socket's
 * address when the header is absent; else `X-Real-IP`, else one shared bucket. A CMS reachable
 * without a proxy takes a client's own header as given, so the endpoint also has a global cap.
 */
export function clientKey(request: Request): string {
  const hops = request.headers.get('x-forwarded-for')?.split(',').map((hop) => hop.trim()).filter(Boolean)
  return hops?.at(-1) ?? request.headers.get('x-real-ip')?.trim() ?? 'unknown'
}
