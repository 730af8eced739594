import type { AstroIntegration, AstroPrerenderer, PathWithRoute } from 'astro'

/**
 * What a content-only republish (republish.ts) needs of the last full build in this process:
 * Astro's own prerenderer for that build, set up, the paths it generated with their cache keys,
 * and the origin its pages were rendered for. Every route's module is loaded by then (a dynamic
 * route's when Astro asked it for its paths, a static route's when it was rendered, which a static
 * route always is: it has no cache key), so nothing is imported from the server chunks Astro
 * deletes after the build; were something, the republish would fail and the publish build in full.
 */
export interface KeptRenderer {
  prerenderer: AstroPrerenderer
  /** Every path the build generated; `cacheKey` undefined: the path is rendered on every build. */
  paths: PathWithRoute[]
  /** `new URL(config.site).origin`, as Astro's build renders pages for (core/build/index.js). */
  origin: string
  /** Forgets the routes' `getStaticPaths` results, so the next call reads the library again. */
  clearRouteCache: () => void
}

/** Set by the build process (cms/src/publishing/site-build-process.ts): keep the renderer of each full build. */
export const KEEP_RENDERER_ENV = 'KB_KEEP_RENDERER'

// The integration runs in the module instance Astro's config loader made; the build process reads
// the slot through its own import of this file, so the slot is global.
const SLOT = Symbol.for('kb.kept-renderer')
type Slot = { [SLOT]?: KeptRenderer }

/** The renderer of the last full build in this process that kept one, if any. */
export function keptRenderer(): KeptRenderer | undefined {
  return (globalThis as Slot)[SLOT]
}

/** Drops the kept renderer (a republish that failed, or a full build starting). */
export function forgetKeptRenderer(): void {
  delete (globalThis as Slot)[SLOT]
}

/** The route cache of Astro's default prerenderer (`BuildApp.routeCache`), found by shape; undefined if Astro changed it. */
function routeCacheOf(prerenderer: AstroPrerenderer): { clearAll: () => void } | undefined {
  const app = (prerenderer as { app?: { routeCache?: { clearAll?: unknown } } }).app
  const cache = app?.routeCache
  return cache && typeof cache.clearAll === 'function' ? (cache as { clearAll: () => void }) : undefined
}

/**
 * Keeps each full build's prerenderer for later content-only republishes, when
 * `KB_KEEP_RENDERER=1` (only the long-lived build process sets it; a one-off `astro build` keeps
 * nothing). It wraps Astro's default prerenderer (the `setPrerenderer` hook adapters use) without
 * changing what it does, and publishes it only once the build is done, so a failed build leaves
 * nothing behind.
 */
export function keptRendererIntegration(): AstroIntegration {
  let origin = 'http://localhost:4321'
  /** This build's renderer, until the build is done. */
  let pending: KeptRenderer | undefined
  return {
    name: 'kb:kept-renderer',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ? new URL(config.site).origin : `http://localhost:${config.server.port}`
      },
      'astro:build:start': ({ setPrerenderer }) => {
        forgetKeptRenderer()
        if (process.env[KEEP_RENDERER_ENV] !== '1') return
        setPrerenderer((prerenderer) => {
          const kept: KeptRenderer = { prerenderer, paths: [], origin, clearRouteCache: () => routeCacheOf(prerenderer)?.clearAll() }
          pending = kept
          return {
            name: 'kb:kept-renderer',
            setup: async () => prerenderer.setup?.(),
            getStaticPaths: async () => (kept.paths = await prerenderer.getStaticPaths()),
            render: (request, options) => prerenderer.render(request, options),
            ...(prerenderer.collectStaticImages ? { collectStaticImages: () => prerenderer.collectStaticImages!() } : {}),
            teardown: async () => prerenderer.teardown?.(),
          }
        })
      },
      'astro:build:done': () => {
        if (pending && routeCacheOf(pending.prerenderer)) (globalThis as Slot)[SLOT] = pending
        pending = undefined
      },
    },
  }
}
