/* Payload's REST routes, behind the project's API-key check (see src/api/handlers.ts). */
import '@payloadcms/next/css'
import { restHandlers } from '../../../../api/handlers.ts'

export const GET = restHandlers.GET
export const POST = restHandlers.POST
export const DELETE = restHandlers.DELETE
export const PATCH = restHandlers.PATCH
export const PUT = restHandlers.PUT
export const OPTIONS = restHandlers.OPTIONS
