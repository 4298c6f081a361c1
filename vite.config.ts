import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { appContracts } from './build/app-contracts';

/** The brand colours of client/styles/tokens.css, for the splash screen and the title bar. */
const BRAND_GREEN = '#0b6e4f';
const PAPER = '#fbf8f3';

/**
 * The web app manifest (vite-plugin-pwa writes it as /manifest.webmanifest
 * and links it from index.html). Dutch, because most people who install
 * Leerlust read Dutch; the app itself follows the person's language. The PNG icons are made by tests/tools/make-icons.ts.
 *
 * `id` and `start_url` differ on purpose: the id stays "/" forever (it is how
 * the browser recognises the installed app), while `?source=pwa` tells the
 * funnel that a visit came from the home screen.
 */
const webManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Leerlust',
  short_name: 'Leerlust',
  description: 'Elke week een beetje leren: korte trainingen, je reeks en je leermoment, op je telefoon.',
  lang: 'nl',
  dir: 'ltr',
  start_url: '/?source=pwa',
  scope: '/',
  display: 'standalone',
  theme_color: BRAND_GREEN,
  background_color: PAPER,
  categories: ['education', 'productivity'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
  shortcuts: [
    {
      name: 'Mijn voortgang',
      short_name: 'Voortgang',
      url: '/?source=shortcut',
      icons: [{ src: '/icons/shortcut-home-96.png', sizes: '96x96', type: 'image/png' }],
    },
    {
      name: 'Instellingen',
      url: '/settings?source=shortcut',
      icons: [{ src: '/icons/shortcut-settings-96.png', sizes: '96x96', type: 'image/png' }],
    },
  ],
};

/**
 * A hash of every shared schema: documents the app caches on the phone carry
 * it, and a build with other schemas checks them again (client/db/cached-documents.ts).
 */
function schemaStamp(): string {
  const dir = `${import.meta.dirname}/shared/schemas`;
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(`${dir}/${name}`));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Modules the first screen (the home) is built from. Those that later screens
 * use too go into one shared chunk instead of many small ones, each of which
 * would cost a request and bytes. Only these: a module that merely two lazy
 * screens share must not end up in what the home downloads.
 */
const FIRST_SCREEN_MODULES = new RegExp(
  [
    // Not zod nor the schemas: answers are checked after the first paint (client/app/api.ts).
    'node_modules[\\\\/](preact|preact-iso|dexie)[\\\\/]',
    // The app shell, but not the install-offer helpers that only lazy screens use.
    'client[\\\\/]app[\\\\/](?!pwa[\\\\/](install-offer|use-install-offer|register-sw))',
    'client[\\\\/]db[\\\\/]',
    'client[\\\\/]sync[\\\\/](SyncProvider|sync-scheduler|sync-messages|time-zone)\\.tsx?$',
    'client[\\\\/]features[\\\\/](home|progress)[\\\\/]',
    'shared[\\\\/]i18n[\\\\/](format|catalogues)\\.ts$',
    'shared[\\\\/]domain[\\\\/](streak|iso-week|local-date|activity-weeks|week-progress|week-moments|optimistic-progress|award-key|points|learning-activity|localized)\\.ts$',
    'shared[\\\\/]schemas[\\\\/]csrf\\.ts$',
    'shared[\\\\/]contracts[\\\\/](contract|session|feed|progress)\\.ts$',
  ].join('|'),
);

export default defineConfig({
  root: 'client',
  define: { 'import.meta.env.LEERLUST_SCHEMA_STAMP': JSON.stringify(schemaStamp()) },
  publicDir: '../public',
  plugins: [
    // Brotli and gzip copies next to each file, served as they are: phones on a weak
    // connection download a third, and the server spends no CPU compressing.
    compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(js|css|html|svg|webmanifest)$/, threshold: 1024 }),
    preact(),
    // The app carries only what it needs of the API contracts: method, path, success schema.
    appContracts(),
    VitePWA({
      // Our own service worker (client/sw.ts) so push and notificationclick can live beside the caches.
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      // Registered from the bundle through workbox-window (client/app/pwa/): the CSP forbids inline scripts.
      injectRegister: false,
      // An update waits until the person taps "reload": never mid-training.
      registerType: 'prompt',
      manifest: webManifest,
      // Precached beside the manifest's own icons (which the plugin adds itself).
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      injectManifest: {
        // The app shell only. API answers live in IndexedDB, kept by the app itself.
        globPatterns: ['**/*.{html,js,css,woff2}'],
        globIgnores: ['api/**'],
        rollupFormat: 'iife',
      },
    }),
  ],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or data: modules: the CSP allows only same-origin files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Code used both by the first screen and by screens loaded later goes into one
        // shared chunk, rather than many small ones that each cost a request and bytes.
        codeSplitting: { groups: [{ name: 'shared', minShareCount: 2, test: FIRST_SCREEN_MODULES }] },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
