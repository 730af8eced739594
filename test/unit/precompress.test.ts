import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { precompress } from '../../cms/src/publishing/precompress.ts'

const root = mkdtempSync(join(tmpdir(), 'kb-precompress-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const PAGE = `<!doctype html><p>${'Thank you for waiting while I check your order. '.repeat(60)}</p>`
let builds = 0
/** A fresh build folder holding `files` (path → text). */
function build(files: Record<string, string>): string {
  const dir = join(root, `build-${++builds}`)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('precompressing a finished build', () => {
  it('writes brotli and gzip copies of a text file that decode to the file', async () => {
    const dir = build({ 'scripts/index.html': PAGE })
    await precompress(dir)
    expect(brotliDecompressSync(readFileSync(join(dir, 'scripts/index.html.br'))).toString()).toBe(PAGE)
    expect(gunzipSync(readFileSync(join(dir, 'scripts/index.html.gz'))).toString()).toBe(PAGE)
  })

  it('leaves files under 1 KB and files that are not text alone', async () => {
    const dir = build({ 'small.md': '# Short', 'pagefind/fragment.pf_fragment': PAGE })
    await precompress(dir)
    expect(existsSync(join(dir, 'small.md.br'))).toBe(false)
    expect(existsSync(join(dir, 'pagefind/fragment.pf_fragment.gz'))).toBe(false)
  })

  it("takes the live build's copies of a file that did not change, and compresses a changed one afresh", async () => {
    const live = build({ 'same.html': PAGE, 'changed.html': PAGE })
    await precompress(live)
    const next = build({ 'same.html': PAGE, 'changed.html': `${PAGE}<p>New line.</p>` })
    expect(await precompress(next, live)).toBe(1)
    expect(statSync(join(next, 'same.html.br')).ino).toBe(statSync(join(live, 'same.html.br')).ino)
    expect(brotliDecompressSync(readFileSync(join(next, 'changed.html.br'))).toString()).toBe(`${PAGE}<p>New line.</p>`)
  })

  it('compresses an unchanged file afresh when the live build has no copies of it', async () => {
    const live = build({ 'same.html': PAGE })
    const next = build({ 'same.html': PAGE })
    await precompress(next, live)
    expect(gunzipSync(readFileSync(join(next, 'same.html.gz'))).toString()).toBe(PAGE)
  })
})
