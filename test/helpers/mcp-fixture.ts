/**
 * The knowledge base the MCP tests read: a "Double charge" situation with its SOP (a decision with
 * two branches), a strategy due for review, two scripts, and planted drafts (a never-published
 * situation and script, and a newer draft edit of a published script's title, all containing
 * "planted"); a real Pagefind index of the published pages; and the `/api/mcp` handler searching it.
 */
import { rmSync } from 'node:fs'
import { richTextFor } from '@kb/cms/library'
import { mcpHttpHandler } from '@kb/cms/mcp'
import { createActors, type Actor } from './actors.ts'
import { bootCms, type BootedCms } from './boot-cms.ts'
import { buildMiniSearchSite } from './mini-search-site.ts'

export const SITE_URL = 'https://kb.example.test'
export const READER_KEY = 'reader-api-key-0123456789'

export interface McpFixture {
  cms: BootedCms
  actors: Record<Actor['name'], Actor>
  /** The `/api/mcp` handler, searching the fixture's index. */
  handler: (request: Request) => Promise<Response>
  /** The built site folder with the index (as `liveBuild()` would name it). */
  siteDir: string
  /** A time after every entry but the SOP was saved. */
  beforeSop: string
  /** Closes the CMS, removes the site folder and restores SITE_URL and KB_TODAY. */
  close: () => Promise<void>
}

const fresh = { owner: 'Billing team', lastReviewed: '2026-11-01', reviewIntervalDays: 180 }
const stale = { owner: 'Quality team', lastReviewed: '2025-01-10', reviewIntervalDays: 90 }
const pause = () => new Promise((resolve) => setTimeout(resolve, 5))

/** Boots the CMS on the file's throwaway database and fills it. Call once per file, in `beforeAll`. */
export async function setUpMcpFixture(): Promise<McpFixture> {
  const previous = { SITE_URL: process.env.SITE_URL, KB_TODAY: process.env.KB_TODAY }
  process.env.SITE_URL = SITE_URL
  process.env.KB_TODAY = '2026-11-30'
  const cms = await bootCms()
  const { payload } = cms
  const actors = await createActors(payload)
  const richText = await richTextFor(payload.config)
  const situation = await payload.create({ collection: 'situations', data: {
    title: 'Double charge', slug: 'double-charge', description: 'The customer sees the same payment twice.', aliases: ['charged twice'], review: fresh, _status: 'published' } })
  const draftSituation = await payload.create({ collection: 'situations', draft: true, data: {
    title: 'Planted draft situation', slug: 'planted-draft-situation', description: 'Never published.', _status: 'draft' } })
  const source = await payload.create({ collection: 'sources', data: { title: 'Billing basics', slug: 'billing-basics', publisher: 'Test publisher', url: 'https://example.com/billing', _status: 'published' } })
  const strategy = await payload.create({ collection: 'strategies', data: {
    title: 'Own the problem', slug: 'own-the-problem', summary: 'Take the problem on as yours.', whyItWorks: richText.toLexical('Customers calm down when **someone** owns it.'),
    steps: [{ text: 'Say you will sort it out.' }], stages: ['acknowledge'], situations: [situation.id], sources: [source.id], review: stale, _status: 'published' } })
  const script = (slug: string, title: string, line: string, stage: 'acknowledge' | 'resolve') => payload.create({ collection: 'empathy-scripts', data: {
    title, slug, line, situations: [situation.id], stage, channels: ['phone', 'chat'], tone: 'warm', why: 'It names the problem.', strategies: [strategy.id], review: fresh, _status: 'published' } })
  const sorry = await script('sorry-for-the-double-charge', 'Sorry for the double charge', 'I can see the payment went through twice, {customerName}.', 'acknowledge')
  await script('refund-on-its-way', 'Refund on its way', 'The second payment is coming back to you within {days} days.', 'resolve')
  await payload.update({ collection: 'empathy-scripts', id: sorry.id, draft: true, data: { title: 'Sorry (planted draft edit)' } })
  await payload.create({ collection: 'empathy-scripts', draft: true, data: {
    title: 'Planted draft script', slug: 'planted-draft-script', line: 'This line was never published.', situations: [situation.id, draftSituation.id], stage: 'acknowledge',
    channels: ['phone'], tone: 'calm', why: 'Drafts never leave the CMS.', review: fresh, _status: 'draft' } })
  await pause()
  const beforeSop = new Date().toISOString()
  await pause()
  await payload.create({ collection: 'sops', data: {
    title: 'Billing dispute', slug: 'billing-dispute', purpose: 'Sort out a payment taken twice.', trigger: 'The customer says they were charged twice.',
    roles: ['Agent'], resolvedWhen: 'The customer knows when the money comes back.', situations: [situation.id], strategies: [strategy.id], review: fresh, _status: 'published',
    steps: [
      { key: 'listen', blockType: 'action', text: 'Let the customer explain both payments.' },
      { key: 'own-it', blockType: 'say', script: sorry.id, text: 'Once they have finished.' },
      { key: 'pending', blockType: 'decision', question: 'Is the second payment still pending?', branches: [
        { label: 'Yes', outcome: 'Tell them a pending payment drops off by itself within 3 days.' },
        { label: 'No', goto: 'refund' }] },
      { key: 'refund', blockType: 'action', text: 'Refund the second payment.' },
      { key: 'confirm', blockType: 'action', text: 'Confirm the refund by email.' },
    ] } })
  const siteDir = await buildMiniSearchSite([
    { url: '/situations/double-charge/', type: 'Situation', title: 'Double charge', aliases: ['charged twice'], text: 'The customer sees the same payment twice.' },
    { url: '/sops/billing-dispute/', type: 'SOP', title: 'Billing dispute', situations: ['Double charge'], text: 'The customer says they were charged twice. Refund the second payment.' },
    { url: '/scripts/sorry-for-the-double-charge/', type: 'Script', title: 'Sorry for the double charge', situations: ['Double charge'],
      line: 'I can see the payment went through twice, {customerName}.', text: 'It names the problem.' },
    { url: '/strategies/own-the-problem/', type: 'Strategy', title: 'Own the problem', situations: ['Double charge'], text: 'Take the problem on as yours.' },
  ])
  return {
    cms, actors, siteDir, beforeSop,
    handler: mcpHttpHandler(Promise.resolve(cms.config), { siteFolder: () => siteDir }),
    close: async () => {
      await cms.close()
      rmSync(siteDir, { recursive: true, force: true })
      for (const [name, value] of Object.entries(previous)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    },
  }
}
