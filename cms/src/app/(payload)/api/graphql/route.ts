/* Payload's GraphQL route, behind the project's API-key check (see src/api/handlers.ts). */
import { graphqlHandlers } from '../../../../api/handlers.ts'

export const POST = graphqlHandlers.POST
export const OPTIONS = graphqlHandlers.OPTIONS
