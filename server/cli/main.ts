import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { registerBackup } from './backup';
import { appRoot, processCliEnv, type CliEnv } from './cli-env';
import { describeError, exitCodes } from './cli-error';
import { registerLoginLink } from './login-link';
import { registerMigrate } from './migrate';
import { registerRemind } from './remind';
import { registerUserAdd } from './user-add';
import { registerUsersImport } from './users-import';
import { registerVerifyDraw } from './verify-draw';

/** The `leerlust` admin command line, wired to the given environment. */
export function createProgram(cli: CliEnv): Command {
  const program = new Command('leerlust')
    .description('Leerlust admin tool. Uses the server\'s settings: DATA_DIR, DATABASE_URL, PUBLIC_URL.')
    .version(packageVersion())
    // Throw instead of exiting, so runCli picks the exit code; subcommands inherit both settings.
    .exitOverride()
    .configureOutput({ writeOut: (text) => cli.io.out(text.trimEnd()), writeErr: (text) => cli.io.err(text.trimEnd()) })
    .showHelpAfterError('(add --help for usage)');
  program.addHelpText('after', '\nExit codes: 0 done, 1 bad input or failure, 2 bad usage.');
  const user = program.command('user').alias('users').description('add people: "user add" one at a time, "users import <file>" from CSV');
  registerUserAdd(user, cli);
  registerUsersImport(user, cli);
  registerLoginLink(program, cli);
  registerBackup(program, cli);
  registerMigrate(program, cli);
  registerVerifyDraw(program, cli);
  registerRemind(program, cli);
  return program;
}

/**
 * Runs one command and returns its exit code: 0 done, 1 bad input or a
 * failure (the message says which), 2 a mistyped command or option.
 *
 * @example process.exitCode = await runCli(process.argv)
 */
export async function runCli(argv: string[], cli: CliEnv = processCliEnv()): Promise<number> {
  try {
    await createProgram(cli).parseAsync(argv);
    return exitCodes.ok;
  } catch (error) {
    // Commander has already printed its message (or the help).
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usageError;
    cli.io.err(`leerlust: ${describeError(error)}`);
    return exitCodes.userError;
  }
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
