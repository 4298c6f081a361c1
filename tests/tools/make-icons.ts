/**
 * Renders the PNG app icons in public/icons/ from the logo (public/favicon.svg)
 * and the navigation glyphs (client/app/icons.tsx), with Chromium, so the
 * icons never drift from the mark people see in the app. The PNGs are
 * committed; run this again only when the logo changes:
 *
 *   node --import tsx tests/tools/make-icons.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { h, type FunctionComponent } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { chromium } from 'playwright-core';
import { HomeIcon, SettingsIcon } from '../../client/app/icons';
import { CHROMIUM_ARGS } from '../e2e/harness';
import { chromiumPath } from '../helpers/environment';

const OUT = 'public/icons';
const favicon = readFileSync('public/favicon.svg', 'utf8');

// The logo is a green disc (its first element) with the sun and the sprout on it.
const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(favicon)?.[1] ?? '';
const disc = /^<circle[^>]*\/>/.exec(inner)?.[0] ?? '';
const green = /fill="(#[0-9a-f]{3,6})"/i.exec(disc)?.[1];
if (!disc || !green) throw new Error('public/favicon.svg no longer starts with its green disc');
const mark = inner.slice(disc.length);

/** The mark, scaled around the centre, on a full-bleed green square. */
function fullBleed(scale: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${green}"/><g transform="translate(16 16) scale(${scale}) translate(-16 -16)">${mark}</g></svg>`;
}

/** A navigation glyph, white on the green disc, for the manifest's shortcuts. */
function shortcut(Icon: FunctionComponent<{ size?: number }>): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><circle cx="48" cy="48" r="48" fill="${green}"/><g transform="translate(24 24)" color="#ffffff">${renderToString(h(Icon, { size: 48 }))}</g></svg>`;
}

const icons: { file: string; size: number; svg: string }[] = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  // Android crops maskable icons to any shape inside the central 80% circle:
  // the mark's farthest point (the sun's edge, 13.9/16 of the radius) is scaled to stay well inside it.
  { file: 'maskable-512.png', size: 512, svg: fullBleed(0.85) },
  // iOS fills transparency with black and rounds the corners itself.
  { file: 'apple-touch-icon-180.png', size: 180, svg: fullBleed(1) },
  { file: 'shortcut-home-96.png', size: 96, svg: shortcut(HomeIcon) },
  { file: 'shortcut-settings-96.png', size: 96, svg: shortcut(SettingsIcon) },
];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    writeFileSync(`${OUT}/${file}`, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
    console.log(`${OUT}/${file}`);
  }
} finally {
  await browser.close();
}
