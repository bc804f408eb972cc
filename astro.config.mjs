// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import solid from '@astrojs/solid-js';

// SITE_URL is validated with the rest of the environment in src/lib/env.server.ts;
// here it only sets canonical URLs and the sitemap's origin.
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  // Static first: every page is prerendered unless it opts out with `export const prerender = false`.
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  integrations: [solid()],
  i18n: {
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  build: {
    // Small pages load fastest with their CSS inline: no render-blocking request on a phone.
    inlineStylesheets: 'always',
  },
  server: { port: Number(process.env.PORT || 4321), host: process.env.HOST || 'localhost' },
  devToolbar: { enabled: false },
});
