/**
 * `pnpm content:seed-hashes`: rewrites content/seed-shingles.txt, the hashed 12-word runs of the
 * seed articles, from ../shared/seeds (or KB_SEEDS_DIR). Run it when the articles change; the
 * library test then holds the 12-word rule in any clone, articles or not.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatSeedHashes, readSeedArticles, REPO_ROOT, SEED_HASHES_FILE, seedHashesOf, seedsDir } from '@kb/content/files'

const dir = seedsDir(REPO_ROOT)
const articles = readSeedArticles(dir)
if (articles === undefined || articles.length === 0) {
  console.error(`No seed articles (*.txt) in ${dir}: put them there, or set KB_SEEDS_DIR to their folder.`)
  process.exit(1)
}
const hashes = seedHashesOf(articles.map((article) => article.text))
writeFileSync(join(REPO_ROOT, SEED_HASHES_FILE), formatSeedHashes(hashes, articles.length))
console.log(`${SEED_HASHES_FILE}: ${hashes.length} hashed runs from ${articles.length} articles in ${dir}.`)
