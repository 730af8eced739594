import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { builtCmsForFile } from '../helpers/built-cms-for-file.ts'

/** The built admin's SOP editor: a step is a block of one kind, with only that kind's fields. */
const builtCms = builtCmsForFile()
let browser: Browser
let token: string

beforeAll(async () => {
  const credentials = { email: 'owner@kb.test', password: 'first-admin-password' }
  const registered = await fetch(`${builtCms().url}/api/users/first-register`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...credentials, 'confirm-password': credentials.password }),
  })
  expect(registered.status).toBe(200)
  token = ((await registered.json()) as { token: string }).token
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

/** A new page signed in as the first admin, on the form for a new SOP. */
async function newSopForm(): Promise<Page> {
  const context = await browser.newContext()
  await context.addCookies([{ name: 'payload-token', value: token, url: builtCms().url }])
  const page = await context.newPage()
  await page.goto(`${builtCms().url}/admin/collections/sops/create`)
  return page
}

/** A new SOP's form with one step of the kind whose label is `kind` added. */
async function newSopWithStep(kind: string): Promise<Page> {
  const page = await newSopForm()
  await page.getByRole('button', { name: 'Add Step' }).click()
  await page.getByRole('button', { name: kind, exact: true }).click()
  return page
}

/** The fields of the first step, e.g. `text` for `#field-steps__0__text`, but for its hidden row id. */
const fieldsOfFirstStep = async (page: Page) => {
  const ids = await page.locator('[id^="field-steps__0__"]').evaluateAll((nodes) => nodes.map((node) => node.id))
  return [...new Set(ids.map((id) => id.replace('field-steps__0__', '').split('__')[0]!))].filter((name) => name !== 'id').sort()
}

describe('the SOP editor', () => {
  it('offers the three kinds of step when adding one', async () => {
    const page = await newSopForm()
    await page.getByRole('button', { name: 'Add Step' }).click()
    for (const kind of ['Action', 'Say (a script)', 'Decision']) await expect.poll(() => page.getByRole('button', { name: kind, exact: true }).isVisible()).toBe(true)
    await page.context().close()
  })

  it.each([
    ['Action', ['key', 'next', 'outcome', 'text']],
    ['Say (a script)', ['key', 'next', 'outcome', 'script', 'text']],
    ['Decision', ['branches', 'key', 'question']],
  ])('shows a new %s step with only its own fields', async (kind, fields) => {
    const page = await newSopWithStep(kind)
    await page.locator('#field-steps__0__key').waitFor()
    expect(await fieldsOfFirstStep(page)).toEqual(fields)
    await page.context().close()
  })
})
