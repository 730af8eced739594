import { agentVocabularySchema, librarySchema, publishedTimesSchema, type AgentVocabulary, type Library, type PublishedTimes } from '@kb/content'

/** Where the site reads the published library: `<CMS_URL>/api/library/published`, with `CMS_API_KEY` when given. */
export interface LibrarySource {
  url: string
  apiKey?: string
}

/** Path of the CMS's published-library endpoint (cms/src/library/published-endpoint.ts). */
export const LIBRARY_PATH = '/api/library/published'
/** Tries for an answer the CMS asks to wait for (429/503 with `Retry-After`), and the longest wait honoured, in seconds. */
const ATTEMPTS = 4
const MAX_WAIT_SECONDS = 10

/**
 * Read inside a loader's `load`, so a changed environment is seen on every build. Throws, naming
 * the variable, when `CMS_URL` is missing or not a URL: `pnpm build`, `pnpm start` and the worker
 * set it for their builds (cms/src/publishing/library-source.ts).
 */
export function librarySourceFromEnv(env: NodeJS.ProcessEnv = process.env): LibrarySource {
  const base = env.CMS_URL?.trim()
  if (!base) throw new Error(`CMS_URL is not set: the site is built from the CMS's published library (${LIBRARY_PATH}); run pnpm build, or set CMS_URL (and CMS_API_KEY)`)
  if (!URL.canParse(base)) throw new Error(`CMS_URL="${base}" is not a URL; expected e.g. https://cms.example.com`)
  return { url: `${base.replace(/\/+$/, '')}${LIBRARY_PATH}`, apiKey: env.CMS_API_KEY?.trim() || undefined }
}

/** `field "scripts.2.line" (entry "two-ways-forward"): expected string` for each problem zod found. */
function describeIssues(body: unknown, issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 10)
    .map(({ path, message }) => {
      const [part, index] = path
      const entry = (body as Record<string, { slug?: unknown }[] | undefined>)[String(part)]?.[Number(index)]
      const slug = typeof entry?.slug === 'string' ? ` (entry "${entry.slug}")` : ''
      return `field "${path.map(String).join('.')}"${slug}: ${message}`
    })
    .join('; ')
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000))

/** The endpoint's answer, waiting as told while the CMS is busy; errors name the URL and what went wrong. */
async function fetchLibrary(source: LibrarySource): Promise<Response> {
  const headers = source.apiKey ? { authorization: `users API-Key ${source.apiKey}` } : undefined
  for (let attempt = 1; ; attempt++) {
    let response: Response
    try {
      response = await fetch(source.url, { headers })
    } catch (error) {
      throw new Error(`the CMS at ${source.url} could not be reached (${(error as Error).message}); is it running and is CMS_URL right?`)
    }
    const wait = Number(response.headers.get('retry-after'))
    if ((response.status === 429 || response.status === 503) && attempt < ATTEMPTS && wait > 0 && wait <= MAX_WAIT_SECONDS) {
      await response.body?.cancel()
      await sleep(wait)
      continue
    }
    if (response.ok) return response
    const said = await response.json().then((body: { errors?: { message?: string }[] }) => body.errors?.[0]?.message, () => undefined)
    const hint = response.status === 401 ? ' (check CMS_API_KEY)' : ''
    throw new Error(`the CMS answered ${response.status} for ${source.url}${hint}${said ? `: ${said}` : ''}`)
  }
}

/**
 * The endpoint's answer: the library, the published agent vocabulary (null when none is published)
 * and when each entry last changed (`updated`; empty from a CMS that does not send it).
 */
const answerSchema = librarySchema.extend({
  vocabulary: agentVocabularySchema.nullable().default(null),
  updated: publishedTimesSchema.default({}),
})

/** What a build reads from the CMS: the published library, agent vocabulary and entries' change times. */
export type PublishedLibrary = Library & { vocabulary: AgentVocabulary | null; updated: PublishedTimes }

/**
 * The published library, agent vocabulary and change times from the CMS's endpoint, checked with
 * the shared schemas (`librarySchema`, `agentVocabularySchema`, `publishedTimesSchema`) before any page is built: a problem names the
 * URL, the field and the entry. Drafts never come back (the endpoint serves published versions only).
 */
export async function loadPublishedLibrary(source: LibrarySource): Promise<PublishedLibrary> {
  const response = await fetchLibrary(source)
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw new Error(`the CMS answered ${source.url} with something other than JSON`)
  }
  const parsed = answerSchema.safeParse(body)
  if (!parsed.success) throw new Error(`the published library from ${source.url} is not valid: ${describeIssues(body, parsed.error.issues)}`)
  return parsed.data
}
