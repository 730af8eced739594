/* The public "Did this help?" endpoint: anonymous, rate limited, one shape (see src/feedback/submit-feedback.ts). */
import { feedbackHandlers } from '../../../../../feedback/handlers.ts'

export const POST = feedbackHandlers.POST
export const OPTIONS = feedbackHandlers.OPTIONS
