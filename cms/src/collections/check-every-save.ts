import { validations, type Field, type SanitizedCollectionConfig, type SanitizedConfig, type Validate } from 'payload'
import { duplicateProblem, nulProblem } from '../fields/value-problems.ts'

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'json', 'richText'])
const LIST_TYPES = new Set(['relationship', 'text', 'select', 'number'])

/** A draft save: Payload sets `_status: 'draft'` on the data it validates; publishing sets 'published'. */
const savingDraft = (data: unknown) => Boolean(data && typeof data === 'object' && '_status' in data && data._status === 'draft')

/**
 * One field's validation on every save: NUL characters and duplicate list entries are refused
 * first; then the field's own validation, which on a draft is told the field is not required, so a
 * draft may leave fields empty but never hold a value of the wrong shape.
 */
/** Payload's field validations, of whatever field type, take a value and the options Payload passes. */
const isValidate = (value: unknown): value is Validate => typeof value === 'function'

function everySave(field: { type: string; hasMany?: unknown; validate?: unknown }): Validate | undefined {
  // Fields Payload adds itself (`_status`) may come without a validation: Payload's default for the type.
  const fallback = Object.entries(validations).find(([type]) => type === field.type)?.[1]
  const own = isValidate(field.validate) ? field.validate : isValidate(fallback) ? fallback : undefined
  const checksText = TEXT_TYPES.has(field.type)
  const checksList = LIST_TYPES.has(field.type) && field.hasMany === true
  if (!own && !checksText && !checksList) return undefined
  return async (value, options) => {
    const problem = (checksText ? nulProblem(value) : undefined) ?? (checksList ? duplicateProblem(value) : undefined)
    if (problem) return problem
    if (!own) return true
    return own(value, savingDraft(options.data) ? { ...options, required: false } : options)
  }
}

function wrapFields(fields: Field[]): void {
  for (const field of fields) {
    if (field.type === 'tabs') for (const tab of field.tabs) wrapFields(tab.fields)
    else if ('fields' in field && Array.isArray(field.fields)) wrapFields(field.fields)
    if ('name' in field && field.type !== 'ui' && field.type !== 'join') {
      const validate = everySave(field)
      if (validate) Object.assign(field, { validate })
    }
  }
}

/** Drafts are validated too (Payload skips it by default), through the lenient field checks above. */
function validateDrafts(collection: SanitizedCollectionConfig): void {
  const drafts = collection.versions && collection.versions.drafts
  if (drafts) drafts.validate = true
}

/**
 * Every save of our collections, drafts included, is shape-valid (issue 11.9–11.11): slugs,
 * vocabularies, relations to entries that exist, `_status`, no NUL characters and no duplicates
 * in lists. Only required-ness waits for publishing. Payload skips all field validation for drafts
 * unless `versions.drafts.validate` is on, and then it would also demand every required field, so
 * both are set here, on the sanitized config, where every field has its final validation.
 */
export function checkEverySave(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    wrapFields(collection.fields)
    validateDrafts(collection)
  }
  return config
}
