/**
 * `pnpm content:seed-hashes`: rewrites content/seed-shingles.txt, the hashed 12-word runs of the
 * seed articles, from the folder KB_SEEDS_DIR names. Run it when the articles change; the
 * library test then holds the 12-word rule in any clone, articles or not.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatSeedHashes, readSeedArticles, REPO_ROOT, SEED_HASHES_FILE, seedHashesOf, seedsDir } from '@kb/content/files'

const dir = seedsDir()
const articles = readSeedArticles(dir)
if (articles === undefined || articles.length === 0) {
  console.error(dir ? `No seed articles (*.txt) in KB_SEEDS_DIR=${dir}.` : 'Set KB_SEEDS_DIR to the folder of the seed articles (*.txt): KB_SEEDS_DIR=<folder> pnpm content:seed-hashes.')
  process.exit(1)
}
const hashes = seedHashesOf(articles.map((article) => article.text))
writeFileSync(join(REPO_ROOT, SEED_HASHES_FILE), formatSeedHashes(hashes, articles.length))
console.log(`${SEED_HASHES_FILE}: ${hashes.length} hashed runs from ${articles.length} articles in ${dir}.`)
