import { execFileSync } from 'node:child_process';

/**
 * The e2e tests run against the real production build, made once per run.
 * Vitest sets NODE_ENV=test, which Vite would inherit and turn into a
 * development-flavoured build (preact/debug, no service worker registration).
 */
export default function buildClient(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
