import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The shared model ships as TypeScript source.
  transpilePackages: ['@kb/content'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
