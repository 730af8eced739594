import { clientKey, type RateLimiter } from './rate-limit.ts'

export interface PublicEndpointOptions {
  /** The public site's address (SITE_URL): the only page origin allowed to post. */
  siteUrl: string
  /** Per client (`clientKey`). */
  limiter: RateLimiter
  /** All clients together: a backstop against one client posing as many. */
  globalLimiter?: RateLimiter
  /** Posts handled at once; more are refused (429) rather than queued behind the database. Default 16. */
  maxInFlight?: number
}

/** What the endpoint takes, as its refusals name it: "feedback" (`many: false`), "search reports" (`many: true`). */
export interface PublicEndpointWording {
  noun: string
  many: boolean
}

/** Answers a request with a message: JSON (`{ message }` or `{ errors: [{ message }] }`) when asked for, else plain text. */
export type Answer = (request: Request, status: number, message: string) => Response

/**
 * The page origins allowed to post: the site's, and on a loopback address its twin (`localhost`
 * and `127.0.0.1` are the same machine, and `pnpm start` is opened by either name).
 */
export function siteOrigins(siteUrl: string): string[] {
  const url = new URL(siteUrl)
  const twin = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }[url.hostname]
  if (!twin) return [url.origin]
  const other = new URL(url.origin)
  other.hostname = twin
  return [url.origin, other.origin]
}

/**
 * The guard every anonymous endpoint the site posts to shares (feedback, search events): only from
 * the site's own pages when a browser says where it comes from (403), rate limited per client and
 * overall (429, `Retry-After: 60`), at most `maxInFlight` posts being stored at once (429,
 * `Retry-After: 5`), CORS for the site's origins. `store` reads, checks and stores one post.
 */
export function publicEndpoint(
  { siteUrl, limiter, globalLimiter, maxInFlight = 16 }: PublicEndpointOptions,
  { noun, many }: PublicEndpointWording,
  store: (request: Request, origin: string | null, answer: Answer) => Promise<Response>,
) {
  let inFlight = 0
  const origins = siteOrigins(siteUrl)
  const corsHeaders = (request: Request): Record<string, string> => {
    const origin = request.headers.get('origin')
    return origin !== null && origins.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' }
  }
  const answer: Answer = (request, status, message) => {
    const headers = corsHeaders(request)
    if ((request.headers.get('accept') ?? '').includes('application/json')) {
      return Response.json(status < 300 ? { message } : { errors: [{ message }] }, { status, headers })
    }
    return new Response(`${message}\n`, { status, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } })
  }
  const busy = (request: Request, message: string, retryAfter: string) => {
    const response = answer(request, 429, message)
    response.headers.set('retry-after', retryAfter)
    return response
  }

  return {
    origins,
    corsHeaders,
    POST: async (request: Request): Promise<Response> => {
      const origin = request.headers.get('origin')
      if (origin !== null && !origins.includes(origin)) {
        return answer(request, 403, `${noun[0]!.toUpperCase()}${noun.slice(1)} ${many ? 'are' : 'is'} accepted only from the knowledge base's own pages (${origins.join(', ')}), not from ${origin}. Set SITE_URL to the site's address.`)
      }
      if (!limiter.take(clientKey(request)) || (globalLimiter && !globalLimiter.take('*'))) {
        return busy(request, `Too ${many ? 'many' : 'much'} ${noun} from this address at once. Wait a minute and send it again.`, '60')
      }
      if (inFlight >= maxInFlight) return busy(request, `The knowledge base is busy with other ${noun}. Send it again in a few seconds.`, '5')
      inFlight++
      try {
        return await store(request, origin, answer)
      } finally {
        inFlight--
      }
    },
    /** Preflight for scripts on the site that post JSON. */
    OPTIONS: async (request: Request): Promise<Response> =>
      new Response(null, {
        status: 204,
        headers: { ...corsHeaders(request), 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type, accept', 'access-control-max-age': '600' },
      }),
  }
}
