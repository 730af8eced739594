import type { RelationshipField } from 'payload'
import { sopsSlug } from '../slugs.ts'

/** At most this many SOPs are listed (the library has a few dozen SOPs in all). */
const LISTED = 100

/**
 * The SOPs that say this script at a step, read-only, shown on the script's page. A join field
 * cannot do this since steps became blocks: Payload's SQL adapters cannot query a join through a
 * block (`steps.say.script`), while a plain `where` on `steps.script` looks inside every block.
 * Worked out only when one script is read, with the reader's own access, so a reader never sees
 * an unpublished SOP here.
 */
export const sopsSayingField: RelationshipField = {
  name: 'sops',
  type: 'relationship',
  relationTo: sopsSlug,
  hasMany: true,
  virtual: true,
  admin: { readOnly: true, description: 'SOPs that say this line at one of their steps.' },
  hooks: {
    afterRead: [
      async ({ data, findMany, req }) => {
        if (findMany || data?.id == null) return undefined
        const { docs } = await req.payload.find({
          collection: sopsSlug,
          where: { 'steps.script': { equals: data.id } },
          depth: 0,
          limit: LISTED,
          select: {},
          overrideAccess: false,
          user: req.user,
          req,
        })
        return docs.map((doc) => doc.id)
      },
    ],
  },
}
