import type { Library } from '@kb/content'
import { libraryFromDocs, PART_COLLECTIONS, richTextFor, type PublishedDocs } from '@kb/cms/library'

/** Where the site reads the CMS from: its REST API (`CMS_URL`), or in-process (Local API). */
export type CmsSource = { kind: 'rest'; url: string; apiKey?: string } | { kind: 'local' }

/** Read inside a loader's `load`, so a changed environment is seen on every build. */
export function cmsSourceFromEnv(env: NodeJS.ProcessEnv = process.env): CmsSource {
  const url = env.CMS_URL?.trim()
  if (!url) return { kind: 'local' }
  if (!URL.canParse(url)) throw new Error(`CMS_URL="${url}" is not a URL; expected e.g. https://cms.example.com`)
  return { kind: 'rest', url: url.replace(/\/+$/, ''), apiKey: env.CMS_API_KEY?.trim() || undefined }
}

const PAGE_SIZE = 100

/** Every published document of a collection over REST, page by page, so nothing past page one is lost. */
async function fetchAll(source: Extract<CmsSource, { kind: 'rest' }>, collection: string) {
  const docs: PublishedDocs[keyof PublishedDocs] = []
  const headers = source.apiKey ? { authorization: `users API-Key ${source.apiKey}` } : undefined
  for (let page = 1; ; page++) {
    const url = `${source.url}/api/${collection}?depth=0&limit=${PAGE_SIZE}&page=${page}&sort=id&where[_status][equals]=published`
    let response: Response
    try {
      response = await fetch(url, { headers })
    } catch (error) {
      throw new Error(`the CMS at ${source.url} could not be reached (${(error as Error).message}); is it running and is CMS_URL right?`)
    }
    if (!response.ok) throw new Error(`the CMS answered ${response.status} for ${url}${response.status === 401 ? ' (check CMS_API_KEY)' : ''}`)
    const body = (await response.json()) as { docs?: unknown; hasNextPage?: unknown }
    if (!Array.isArray(body.docs)) throw new Error(`the CMS returned something other than a page of documents for ${url}`)
    docs.push(...(body.docs as typeof docs))
    if (body.hasNextPage !== true) return docs
  }
}

/** The published library, from whichever source the environment names. Drafts never come back. */
export async function loadPublishedLibrary(source: CmsSource): Promise<Library> {
  const { default: configPromise } = await import('@kb/cms/config')
  const config = await configPromise
  if (source.kind === 'local') {
    const { getPayload } = await import('payload')
    const { exportLibrary } = await import('@kb/cms/library')
    return exportLibrary(await getPayload({ config }))
  }
  const docs = {} as PublishedDocs
  for (const [, collection] of PART_COLLECTIONS) docs[collection] = await fetchAll(source, collection)
  return libraryFromDocs(docs, await richTextFor(config))
}
