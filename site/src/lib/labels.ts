import { CHANNELS, labelOf, STAGES, TONES } from '@kb/content'

/** Human labels for the fixed vocabularies, from the one shared source. */
export const stageLabel = (value: string) => labelOf(STAGES, value)
export const channelLabel = (value: string) => labelOf(CHANNELS, value)
export const toneLabel = (value: string) => labelOf(TONES, value)
