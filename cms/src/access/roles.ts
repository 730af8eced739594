import type { User } from '../payload-types.ts'

/**
 * What each role may do. `admin`: everything, including users and deletes. `editor`: write and
 * publish content. `reader`: an account for tools that read published content with an API key.
 */
export const ROLES = [
  { value: 'admin', label: 'Admin' },
  { value: 'editor', label: 'Editor' },
  { value: 'reader', label: 'Reader (API tools)' },
] as const

export type Role = (typeof ROLES)[number]['value']

/** True when the request's user holds one of the roles. */
export function hasRole(user: Pick<User, 'role'> | null | undefined, ...roles: Role[]): boolean {
  return Boolean(user?.role && roles.includes(user.role))
}
