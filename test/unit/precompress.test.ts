import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { precompress, precompression } from '../../cms/src/publishing/precompress.ts'

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

describe('precompressing a build in passes, while it is being finished', () => {
  const unpacked = (file: string) => brotliDecompressSync(readFileSync(`${file}.br`)).toString()

  it('compresses in a later pass the files written since the first, and only those', async () => {
    const dir = build({ 'page/index.html': PAGE })
    const compression = precompression(dir)
    expect(await compression.pass()).toBe(1)
    writeFileSync(join(dir, 'pagefind.js'), PAGE)
    expect(await compression.pass()).toBe(1)
    expect(unpacked(join(dir, 'pagefind.js'))).toBe(PAGE)
  })

  it('writes the copies of a file rewritten after a pass again in the next', async () => {
    const dir = build({ 'kb.json': PAGE })
    const compression = precompression(dir)
    await compression.pass()
    writeFileSync(join(dir, 'kb.json'), `${PAGE} and more`)
    await compression.pass()
    expect(unpacked(join(dir, 'kb.json'))).toBe(`${PAGE} and more`)
    expect(gunzipSync(readFileSync(join(dir, 'kb.json.gz'))).toString()).toBe(`${PAGE} and more`)
  })

  it('removes in the next pass the copies of a file removed after a pass', async () => {
    const dir = build({ 'agent-vocabulary.json': PAGE })
    const compression = precompression(dir)
    await compression.pass()
    rmSync(join(dir, 'agent-vocabulary.json'))
    await compression.pass()
    expect(existsSync(join(dir, 'agent-vocabulary.json.br'))).toBe(false)
    expect(existsSync(join(dir, 'agent-vocabulary.json.gz'))).toBe(false)
  })

  it("leaves the live build's copies as they were when a file that took them is rewritten", async () => {
    const live = build({ 'same.html': PAGE })
    await precompress(live)
    const next = build({ 'same.html': PAGE })
    const compression = precompression(next, live)
    await compression.pass()
    rmSync(join(next, 'same.html'))
    writeFileSync(join(next, 'same.html'), `${PAGE}<p>Changed.</p>`)
    await compression.pass()
    expect(unpacked(join(live, 'same.html'))).toBe(PAGE)
    expect(unpacked(join(next, 'same.html'))).toBe(`${PAGE}<p>Changed.</p>`)
  })
})
