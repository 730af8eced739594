import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

/**
 * Hardening headers on every answer of the CMS, admin pages and API (issue 11.13): no page
 * elsewhere may frame the admin (clickjacking an editor's clicks), browsers do not sniff types,
 * and other sites get no admin addresses as referrer. The policy limits only framing, plugins and
 * `<base>`: the admin's scripts and styles are Next's and Payload's own.
 */
const hardening = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
]

const nextConfig: NextConfig = {
  // The shared model ships as TypeScript source.
  transpilePackages: ['@kb/content'],
  headers: async () => [{ source: '/:path*', headers: hardening }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
