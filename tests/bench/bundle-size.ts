import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bench, Figure } from './figures';

/** Sizes are in kB of 1,000 bytes, as Vite reports them. */
const KB = 1000;

export interface InitialAssets {
  scripts: string[];
  styles: string[];
}

/**
 * What index.html makes the browser fetch before the first screen: module
 * scripts, modulepreload links and stylesheets (paths as written, e.g. `/assets/index-x.js`).
 */
export function initialAssetsOf(html: string): InitialAssets {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    const href = attribute(tag, 'href');
    const rel = attribute(tag, 'rel')?.toLowerCase();
    if (tag.toLowerCase().startsWith('<script') && src && attribute(tag, 'type') === 'module') scripts.push(src);
    else if (rel === 'modulepreload' && href) scripts.push(href);
    else if (rel === 'stylesheet' && href) styles.push(href);
  }
  return { scripts, styles };
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * The relative modules a built chunk imports statically (`import … from "./x.js"`,
 * `import "./x.js"`, `export … from "./x.js"`); dynamic `import("./x.js")` is lazy and left out.
 */
export function staticImportsOf(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}

/** Every script the first screen loads: the entry points and all they import statically, transitively. */
export function initialScripts(clientDir: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(clientDir, path), 'utf8');
    for (const imported of staticImportsOf(code)) visit(posix.join(posix.dirname(path), imported));
  };
  for (const entry of entries) visit(posix.normalize(entry.replace(/^\//, '')));
  return [...seen];
}

export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function assetFiles(clientDir: string, extension: string): string[] {
  return readdirSync(join(clientDir, 'assets'))
    .filter((name) => name.endsWith(extension))
    .map((name) => `assets/${name}`);
}

/** Gzip size of the JS and CSS the first employee screen loads, and of the chunks loaded later. */
export const bundleSize: Bench = {
  name: 'bundle size',
  timeoutMs: 30_000,
  async run({ clientDir }) {
    const html = readFileSync(join(clientDir, 'index.html'), 'utf8');
    const { scripts, styles } = initialAssetsOf(html);
    if (scripts.length === 0) throw new Error('index.html loads no module script');
    // The app awaits the person's language catalogue before its first render (client/main.tsx):
    // a dynamic import, but part of the first screen. The larger of the two counts.
    const catalogues = assetFiles(clientDir, '.js').filter((path) => /\/(en|nl)-[\w-]+\.js$/.test(path));
    const largestCatalogue = [...catalogues].sort((a, b) => gzipBytes(join(clientDir, b)) - gzipBytes(join(clientDir, a)))[0];
    const js = [...initialScripts(clientDir, scripts), ...(largestCatalogue ? [largestCatalogue] : [])];
    const css = styles.map((href) => posix.normalize(href.replace(/^\//, '')));
    const sized = (paths: string[]) => paths.map((path) => ({ path, gzip: gzipBytes(join(clientDir, path)) }));
    const jsSizes = sized(js);
    const cssSizes = sized(css);
    const lazy = sized([...assetFiles(clientDir, '.js'), ...assetFiles(clientDir, '.css')].filter((path) => !js.includes(path) && !css.includes(path)));
    const total = (files: { gzip: number }[]) => files.reduce((sum, f) => sum + f.gzip, 0) / KB;
    const line = ({ path, gzip }: { path: string; gzip: number }) => `  ${path}  ${(gzip / KB).toFixed(1)} kB gzip`;

    const figures: Figure[] = [
      { id: 'bundle.initial.js.gzip', label: 'First screen JS (gzip)', value: total(jsSizes), unit: 'kB', budget: { max: 52 }, decimals: 1 },
      { id: 'bundle.initial.css.gzip', label: 'First screen CSS (gzip)', value: total(cssSizes), unit: 'kB', budget: { max: 12 }, decimals: 1 },
      { id: 'bundle.lazy.gzip', label: `Lazy chunks, ${lazy.length} files (gzip)`, value: total(lazy), unit: 'kB', decimals: 1 },
    ];
    const largest = [...jsSizes].sort((a, b) => b.gzip - a.gzip)[0];
    const notes = [
      'Counted for the first screen (index.html, then static imports):',
      ...[...jsSizes, ...cssSizes].map(line),
      lazy.length ? 'Lazy (dynamic import):' : 'Lazy (dynamic import): none — everything is in the first screen’s files',
      ...lazy.map(line),
      ...(largest ? [`Largest first-screen script: ${largest.path} (${((largest.gzip / KB / total(jsSizes)) * 100).toFixed(0)}% of the JS)`] : []),
    ];
    return { figures, notes };
  },
};
