import { ValidationError, type CollectionBeforeValidateHook, type Field } from 'payload'

/** A field that failed, in Payload's error shape: `path` as Payload writes it (`steps.2.text`). */
type Problem = { path: string; message: string }

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** Collects text values longer than their field's `maxLength`, through groups, arrays, blocks, rows and tabs. */
function collect(fields: readonly Field[], data: unknown, path: string, problems: Problem[]): void {
  if (!isRecord(data)) return
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) collect(tab.fields, 'name' in tab && tab.name ? data[tab.name] : data, 'name' in tab && tab.name ? `${path}${tab.name}.` : path, problems)
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) collect(field.fields, data, path, problems)
      continue
    }
    const value = data[field.name]
    const here = `${path}${field.name}`
    if ((field.type === 'text' || field.type === 'textarea') && typeof field.maxLength === 'number') {
      const max = field.maxLength
      const tooLong = (Array.isArray(value) ? value : [value]).find((item) => typeof item === 'string' && item.length > max)
      if (typeof tooLong === 'string') problems.push({ path: here, message: `This text is ${tooLong.length} characters long; at most ${max} are allowed.` })
    } else if (field.type === 'group') {
      collect(field.fields, value, `${here}.`, problems)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => collect(field.fields, row, `${here}.${index}.`, problems))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const block = isRecord(row) ? field.blocks.find((candidate) => candidate.slug === row.blockType) : undefined
        if (block) collect(block.fields, row, `${here}.${index}.`, problems)
      })
    }
  }
}

/**
 * Refuses (400, naming each field) text longer than its field's `maxLength` on every save. Payload
 * skips field validation for drafts, so without this a draft could still hold a megabyte-long line;
 * the limits themselves are the fields' own (TEXT_LIMITS, shared with the zod schemas).
 */
export const refuseOverlongText: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const problems: Problem[] = []
  collect(collection.fields, data, '', problems)
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req }, req.t)
  return data
}
