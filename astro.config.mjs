// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import solid from '@astrojs/solid-js';

// SITE_URL is validated with the rest of the environment in src/lib/env.server.ts;
// here it only sets canonical URLs and the sitemap's origin.
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  // Benchmarks build generated catalogs side by side without touching dist/ (scripts/bench-build.ts).
  outDir: process.env.KASSA_OUT_DIR || './dist',
  // Static first: every page is prerendered unless it opts out with `export const prerender = false`.
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  integrations: [solid()],
  i18n: {
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  image: {
    // Product images are our own committed SVG drawings (content/products/images), rasterised
    // at build time into responsive AVIF/WebP; untrusted SVG never reaches this pipeline.
    dangerouslyProcessSVG: true,
    // AVIF at sharp's default effort costs ~740 ms per 800 px image on 2 cores; effort 2 is
    // ~165 ms for ~10% more bytes. Results are cached in node_modules/.astro between builds.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
  build: {
    // Small pages load fastest with their CSS inline: no render-blocking request on a phone.
    inlineStylesheets: 'always',
  },
  server: { port: Number(process.env.PORT || 4321), host: process.env.HOST || 'localhost' },
  devToolbar: { enabled: false },
});
