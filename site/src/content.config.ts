import { defineCollection } from 'astro:content'
import { agentVocabularySchema, publishedTimesSchema, scriptSchema, situationSchema, sopSchema, sourceSchema, strategySchema } from '@kb/content'
import { cmsLoader } from './loaders/cms-loader.ts'
import { updatedLoader } from './loaders/updated-loader.ts'
import { vocabularyLoader } from './loaders/vocabulary-loader.ts'

/** The published library, one collection per part, the agent vocabulary and the entries' change times, validated with the shared schemas. */
export const collections = {
  sources: defineCollection({ loader: cmsLoader('sources'), schema: sourceSchema }),
  situations: defineCollection({ loader: cmsLoader('situations'), schema: situationSchema }),
  strategies: defineCollection({ loader: cmsLoader('strategies'), schema: strategySchema }),
  scripts: defineCollection({ loader: cmsLoader('scripts'), schema: scriptSchema }),
  sops: defineCollection({ loader: cmsLoader('sops'), schema: sopSchema }),
  vocabulary: defineCollection({ loader: vocabularyLoader(), schema: agentVocabularySchema }),
  updated: defineCollection({ loader: updatedLoader(), schema: publishedTimesSchema }),
}
