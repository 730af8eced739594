import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { sopsSlug } from '../../slugs.ts'

const KINDS = ['action', 'say', 'decision']

/**
 * Refuses (400, naming `steps.N.blockType`) a step that is not one of the three blocks. Payload
 * would otherwise drop such a row without a word, so a client still sending the library files'
 * form (`kind`, no `blockType`) would save an SOP with steps missing. Runs for drafts too.
 */
export const requireStepKind: CollectionBeforeValidateHook = ({ data, req }) => {
  const steps: unknown = data?.steps
  if (!Array.isArray(steps)) return data
  const errors = steps.flatMap((step: unknown, index) => {
    const blockType = step && typeof step === 'object' && 'blockType' in step ? step.blockType : undefined
    return typeof blockType === 'string' && KINDS.includes(blockType)
      ? []
      : [{ path: `steps.${index}.blockType`, message: `A step's blockType is action, say or decision (the library files call it kind); got ${JSON.stringify(blockType ?? null)}.` }]
  })
  if (errors.length > 0) throw new ValidationError({ collection: sopsSlug, errors, req }, req.t)
  return data
}
