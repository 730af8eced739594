import { TEXT_LIMITS } from '@kb/content'
import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../../access/admin-or-self.ts'
import { isAdmin } from '../../access/is-admin.ts'
import { hasRole, ROLES } from '../../access/roles.ts'
import { usersSlug } from '../slugs.ts'
import { makeFirstUserAdmin } from './hooks/make-first-user-admin.ts'
import { throttlePasswordResets } from './hooks/throttle-password-resets.ts'
import { forgiveSignIn, throttleSignIns } from './hooks/throttle-sign-ins.ts'

export { usersSlug }

/** People who edit the library, and accounts for tools that read it with an API key. */
export const Users: CollectionConfig<'users'> = {
  slug: usersSlug,
  auth: {
    useAPIKey: true,
    tokenExpiration: 60 * 60 * 8,
    // Payload's reset throttle writes outside the transaction and fails on SQLite; ours replaces it.
    forgotPassword: { minRequestInterval: 0 },
    // Payload's lockout let anyone lock any account (issue 11.4): `withoutAccountLockout` turns it
    // off (payload.config.ts), and `throttleSignIns` slows each client per account instead.
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'] },
  access: {
    // Reader accounts exist for the API; the admin panel is for people who edit.
    admin: ({ req }) => hasRole(req.user, 'admin', 'editor'),
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: { beforeOperation: [throttlePasswordResets, throttleSignIns], afterOperation: [forgiveSignIn], beforeChange: [makeFirstUserAdmin] },
  fields: [
    { name: 'name', type: 'text', maxLength: TEXT_LIMITS.title },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: ROLES.map(({ value, label }) => ({ value, label })),
      access: {
        // Nobody promotes themselves: only admins set roles.
        create: ({ req }) => hasRole(req.user, 'admin'),
        update: ({ req }) => hasRole(req.user, 'admin'),
      },
    },
  ],
}
