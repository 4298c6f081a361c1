import { execFileSync } from 'node:child_process';

/** The e2e tests run against the real production build, made once per run. */
export default function buildClient(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
