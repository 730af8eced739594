import { VOCABULARY_LIMITS } from '@kb/content'
import type { GlobalConfig, TextField } from 'payload'
import { isEditor } from '../../access/is-editor.ts'
import { publishedOrEditor } from '../../access/published-or-editor.ts'
import { agentVocabularySlug } from '../../collections/slugs.ts'
import { rememberGlobalMainRow, requestSiteRebuildAfterGlobalChange } from '../../publishing/request-site-rebuild.ts'
import { checkVocabulary } from './check-vocabulary.ts'
import { readPublishedUnlessEditor } from '../../collections/hooks/read-published-unless-editor.ts'

export { agentVocabularySlug }

const { termLength, termsPerGroup, groups, intentPhrases } = VOCABULARY_LIMITS

const phrases = (name: string, label: string, description: string): TextField => ({
  name, label, type: 'text', hasMany: true, maxRows: intentPhrases, maxLength: termLength, admin: { description },
})

/**
 * The agent vocabulary (synonyms and intent phrases the site's search applies to queries), as one
 * global rather than a collection of groups: search reads it whole, a term may stand in one group
 * only (a rule across all groups), and editors publish a change to it as one reviewed version, with
 * drafts and history like entries have. Access follows the content collections: editors write and
 * publish; everyone else reads the published version only, which the site serves publicly anyway
 * (`/pagefind/kb-vocabulary.json`). Every save, drafts too, is checked with the shared zod schema
 * (`agentVocabularySchema`); publishing queues a site build.
 */
export const AgentVocabulary: GlobalConfig = {
  slug: agentVocabularySlug,
  label: 'Agent vocabulary',
  access: { read: publishedOrEditor, readVersions: isEditor, update: isEditor },
  versions: { drafts: true, max: 50 },
  admin: {
    description:
      'Words agents and customers type that the library’s own text may not use. A search for any term of a synonym group also finds ' +
      'pages with the other terms. Changes reach the site’s search when you publish.',
  },
  hooks: {
    beforeOperation: [readPublishedUnlessEditor],
    beforeValidate: [rememberGlobalMainRow],
    beforeChange: [checkVocabulary],
    afterChange: [requestSiteRebuildAfterGlobalChange],
  },
  fields: [
    {
      name: 'synonyms',
      label: 'Synonym groups',
      type: 'array',
      maxRows: groups,
      labels: { singular: 'Synonym group', plural: 'Synonym groups' },
      admin: {
        description: 'Each group: words and phrases that mean the same to an agent, e.g. sue, lawyer, solicitor, court. Keep groups narrow.',
        components: { RowLabel: '/globals/AgentVocabulary/SynonymRowLabel.tsx#SynonymRowLabel' },
      },
      fields: [
        {
          name: 'terms',
          type: 'text',
          hasMany: true,
          required: true,
          minRows: 2,
          maxRows: termsPerGroup,
          maxLength: termLength,
          admin: { description: 'Plain words as agents type them: letters, digits, spaces, apostrophes and hyphens.' },
        },
      ],
    },
    {
      name: 'intents',
      type: 'group',
      admin: { description: 'Phrases that show what a query asks for. They change ranking; they are not searched for themselves.' },
      fields: [
        phrases('say', 'Asking for words to say', 'e.g. "what do i say": lines to say rank first.'),
        phrases('self', 'About the agent’s own state', 'e.g. "drained": lines for after a contact may rank.'),
        phrases('humour', 'Asking for humour', 'e.g. "joke": light-hearted lines may rank.'),
      ],
    },
  ],
}
