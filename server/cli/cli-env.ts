import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type AppConfig } from '../config';
import type { Clock } from '../http/app-env';

/** The repository root; `npm start` runs the server from here. */
export const appRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface CliIo {
  /** Results: what a script would capture. */
  out(line: string): void;
  /** Reports, warnings and errors. */
  err(line: string): void;
}

/** Everything a command reads from the outside world, so tests can run one in-process. */
export interface CliEnv {
  env: NodeJS.ProcessEnv;
  /** The folder the admin typed the command in: relative file arguments are relative to it. */
  cwd: string;
  io: CliIo;
  clock: Clock;
}

export function processCliEnv(): CliEnv {
  // `leerlust … | head` closes the pipe early; that is no error, so end quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  const env = process.env;
  // `npm run leerlust` moves to the package root; npm keeps the admin's own folder in INIT_CWD.
  // Only trust it for that script: a CLI spawned from another npm script inherits a stale one.
  const viaNpmRun = env.npm_lifecycle_event === 'leerlust' && env.INIT_CWD;
  return {
    env,
    cwd: viaNpmRun ? env.INIT_CWD ?? process.cwd() : process.cwd(),
    io: { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) },
    clock: () => new Date(),
  };
}

/**
 * The server's configuration, from the same environment variables. Without
 * DATA_DIR the data folder is <repo>/data, as for `npm start`, whichever
 * folder the admin is in; a relative DATA_DIR they type is relative to them.
 */
export function cliConfig(cli: CliEnv): AppConfig {
  const dataDir = cli.env.DATA_DIR ? resolve(cli.cwd, cli.env.DATA_DIR) : join(appRoot, 'data');
  return loadConfig({ ...cli.env, DATA_DIR: dataDir });
}

/** A path the admin typed, made absolute against their folder. */
export function userPath(cli: CliEnv, path: string): string {
  return resolve(cli.cwd, path);
}
