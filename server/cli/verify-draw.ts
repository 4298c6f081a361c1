import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { verifyDraw, type DrawVerification } from '../../shared/domain/draw';
import { idSchema } from '../../shared/schemas/common';
import { publishedDrawSchema, type PublishedDrawView } from '../../shared/schemas/rewards';
import { withDatabase } from './cli-database';
import type { CliEnv } from './cli-env';
import { CliError } from './cli-error';

/** What Leerlust published about a raffle, read from the database: the same data everyone sees in the app. */
export async function loadPublishedDraw(db: Kysely<Database>, competitionId: string): Promise<PublishedDrawView> {
  if (!idSchema.safeParse(competitionId).success) throw new CliError(`"${competitionId}" is not a competition id`);
  const row = await db.selectFrom('competitions').selectAll().where('id', '=', competitionId).executeTakeFirst();
  if (!row || row.rule !== 'raffle' || !row.commitment) throw new CliError(`No raffle with id ${competitionId}`);
  if (row.drawn_winners === null) throw new CliError(`${row.title} has not been drawn yet; its commitment is ${row.commitment}`);
  return {
    competitionId: row.id,
    title: row.title,
    commitment: row.commitment,
    prizes: row.winners,
    drawnAt: row.settled_at,
    seed: row.seed,
    tickets: JSON.parse(row.ticket_list ?? '[]') as PublishedDrawView['tickets'],
    winners: JSON.parse(row.drawn_winners) as string[],
    myHolderCode: null,
  };
}

/** Reads a published draw saved from the app or the API (GET /api/competitions/{id}/draw). */
export function readPublishedDraw(file: string): PublishedDrawView {
  const parsed = publishedDrawSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new CliError(`${file} is not a published draw: ${parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}`);
  return parsed.data;
}

/** Recomputes the draw and describes the outcome, line by line. */
export function checkDraw(draw: PublishedDrawView): { verification: DrawVerification; lines: string[] } {
  if (!draw.seed || !draw.tickets || !draw.winners) throw new CliError(`${draw.title} has not been drawn yet; its commitment is ${draw.commitment}`);
  const verification = verifyDraw({ commitment: draw.commitment, seed: draw.seed, tickets: draw.tickets, prizes: draw.prizes, winners: draw.winners });
  const tickets = draw.tickets.reduce((sum, t) => sum + t.tickets, 0);
  const lines = [
    `${draw.title}: ${draw.tickets.length} ticket holders, ${tickets} tickets, ${draw.prizes} prizes`,
    `commitment ${draw.commitment}`,
    `seed       ${draw.seed}`,
    verification.commitmentMatches ? 'OK   SHA-256 of the seed matches the commitment' : 'FAIL SHA-256 of the seed does not match the commitment',
    verification.winnersMatch
      ? `OK   the winners follow from the seed and the ticket list: ${draw.winners.join(', ')}`
      : `FAIL published winners ${draw.winners.join(', ') || '(none)'}, recomputed ${verification.recomputed.join(', ') || '(none)'}`,
    ...(verification.problem ? [`FAIL ${verification.problem}`] : []),
  ];
  return { verification, lines };
}

export function registerVerifyDraw(program: Command, cli: CliEnv): void {
  program
    .command('verify-draw')
    .description('recompute a raffle draw from its published data and say whether the winners match')
    .argument('<competition>', 'the raffle’s competition id')
    .option('--file <published.json>', 'verify a published draw saved from the app or API instead of reading the database')
    .addHelpText('after', '\nThe procedure is documented in shared/domain/draw.ts. Exit code 0 when everything matches, 1 otherwise.')
    .action(async (competitionId: string, options: { file?: string }) => {
      const draw = options.file ? readPublishedDraw(options.file) : await withDatabase(cli, ({ db }) => loadPublishedDraw(db, competitionId));
      if (options.file && draw.competitionId !== competitionId) throw new CliError(`${options.file} is the draw of ${draw.competitionId}, not ${competitionId}`);
      const { verification, lines } = checkDraw(draw);
      for (const line of lines) cli.io.out(line);
      if (!verification.commitmentMatches || !verification.winnersMatch) throw new CliError('The draw does NOT match its published data');
    });
}
