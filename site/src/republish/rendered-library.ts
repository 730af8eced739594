import type { PublishedLibrary } from '../loaders/published-library.ts'

/**
 * The library a content-only republish renders (republish.ts), handed to the site's pages past
 * the content layer. The pages run from the server chunks of the last full build, which bundled
 * their own copy of every site module, so the one thing both sides share is a global slot named
 * with `Symbol.for`. Unset (every ordinary build), the pages read the content collections.
 */
const SLOT = Symbol.for('kb.rendered-library')

type Slot = { [SLOT]?: PublishedLibrary }

/** The library to render instead of the content collections, while a republish runs. */
export function renderedLibrary(): PublishedLibrary | undefined {
  return (globalThis as Slot)[SLOT]
}

/** Sets (or, with undefined, clears) the library the pages render. */
export function setRenderedLibrary(library: PublishedLibrary | undefined): void {
  if (library) (globalThis as Slot)[SLOT] = library
  else delete (globalThis as Slot)[SLOT]
}
