import { withPayload } from '@payloadcms/next/withPayload'
import { adminSecurityHeaders } from './src/admin-security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The public site is served by Hono (src/site); Next only serves the admin and the REST API.
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (tsc); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: '/:path*', headers: adminSecurityHeaders }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
