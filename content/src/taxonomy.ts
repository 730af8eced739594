/**
 * The fixed vocabularies of the knowledge base. Every other place (CMS field options, import
 * validation, the site's filters, the tests) reads them from here; there is no second copy.
 */

/** Where in the conversation a line or technique belongs, in the order a contact usually runs. */
export const STAGES = [
  { value: 'listen', label: 'Listen' },
  { value: 'acknowledge', label: 'Acknowledge' },
  { value: 'apologize', label: 'Apologize' },
  { value: 'clarify', label: 'Clarify' },
  { value: 'resolve', label: 'Resolve (options)' },
  { value: 'set-boundary', label: 'Set a boundary' },
  { value: 'hold-transfer', label: 'Hold or transfer' },
  { value: 'escalate', label: 'Escalate' },
  { value: 'close', label: 'Close' },
  { value: 'follow-up', label: 'Follow up' },
  { value: 'reflect', label: 'Reflect (after the contact)' },
] as const

/** How the customer reached us. */
export const CHANNELS = [
  { value: 'phone', label: 'Phone' },
  { value: 'chat', label: 'Chat' },
  { value: 'email', label: 'Email' },
  { value: 'in-person', label: 'In person' },
] as const

/** The register a script is written in. */
export const TONES = [
  { value: 'calm', label: 'Calm' },
  { value: 'warm', label: 'Warm' },
  { value: 'formal', label: 'Formal' },
  { value: 'lighthearted', label: 'Lighthearted' },
] as const

export type Stage = (typeof STAGES)[number]['value']
export type Channel = (typeof CHANNELS)[number]['value']
export type Tone = (typeof TONES)[number]['value']

type Vocabulary = readonly { value: string; label: string }[]

/** The values of a vocabulary as a non-empty tuple, the shape `z.enum` needs. */
export function valuesOf<V extends Vocabulary>(vocabulary: V): [V[number]['value'], ...V[number]['value'][]] {
  return vocabulary.map((entry) => entry.value) as [V[number]['value'], ...V[number]['value'][]]
}

/** The human label for a vocabulary value; the value itself when it is unknown. */
export function labelOf(vocabulary: Vocabulary, value: string): string {
  return vocabulary.find((entry) => entry.value === value)?.label ?? value
}
