import type { AdminViewServerProps, TypedUser } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { ReactNode } from 'react'
import { hasRole } from '../access/roles.ts'

/**
 * A custom admin page in the admin's own frame (nav, header), for editors and admins: anyone not
 * signed in is sent to the login page; a reader account is told it may not look.
 */
export function AdminPage({ props, title, children }: { props: AdminViewServerProps; title: string; children: ReactNode }) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login`)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 1rem' }}>{title}</h1>
        {canSee(req.user) ? children : <p>Only editors and admins can see this page.</p>}
      </Gutter>
    </DefaultTemplate>
  )
}

/** True for the accounts the analytics pages are for: editors and admins. */
export const canSee = (user: TypedUser | null | undefined): user is TypedUser => hasRole(user, 'admin', 'editor')

/** One search parameter of the page's address as a string (the first, when repeated). */
export function param(searchParams: AdminViewServerProps['searchParams'], name: string): string | undefined {
  const value = searchParams?.[name]
  return Array.isArray(value) ? value[0] : typeof value === 'string' ? value : undefined
}
