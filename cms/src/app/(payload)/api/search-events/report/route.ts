/* The public search-event endpoint: anonymous, rate limited, one shape (see src/search-analytics/record-search-events.ts). */
import { searchEventsHandlers } from '../../../../../search-analytics/handlers.ts'

export const POST = searchEventsHandlers.POST
export const OPTIONS = searchEventsHandlers.OPTIONS
