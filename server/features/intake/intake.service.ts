import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { summariseIntake, type IntakeGroupRef, type IntakeRespondent } from '../../../shared/domain/intake-summary';
import { INTAKE_RECONTACT_DAYS, intakeAnswerSchema, MOMENT_DEFAULT_TIME, type IntakeAnswer, type IntakeSummary, type MyIntake } from '../../../shared/schemas/intake';
import type { PersonRow } from '../people/people.table';
import { findIntake, listAnswersWithGroups, saveIntake } from './intake.repository';
import type { IntakesTable } from './intake.table';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A stored answer; a damaged or outdated one reads as none, so the intake is simply asked again. */
export function parseAnswer(json: string | null): IntakeAnswer | null {
  if (!json) return null;
  try {
    const parsed = intakeAnswerSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function toMyIntake(row: IntakesTable | undefined, now: Date): MyIntake {
  const answer = parseAnswer(row?.answer ?? null);
  const due = !row || now.getTime() - Date.parse(row.asked_at) >= INTAKE_RECONTACT_DAYS * DAY_MS;
  return {
    answer,
    answeredAt: row?.answered_at ?? null,
    skippedAt: row?.skipped_at ?? null,
    due,
    momentDefault: answer ? MOMENT_DEFAULT_TIME[answer.moment] : null,
  };
}

export async function myIntake(db: Kysely<Database>, person: PersonRow, now: Date): Promise<MyIntake> {
  return toMyIntake(await findIntake(db, person.id), now);
}

/** The person's current answer, or null (never answered, or skipped). */
export async function intakeAnswerOf(db: Kysely<Database>, personId: string): Promise<IntakeAnswer | null> {
  return parseAnswer((await findIntake(db, personId))?.answer ?? null);
}

export async function answerIntake(db: Kysely<Database>, person: PersonRow, answer: IntakeAnswer, now: Date): Promise<MyIntake> {
  const at = now.toISOString();
  const row: IntakesTable = { person_id: person.id, answer: JSON.stringify(answer), answered_at: at, skipped_at: null, asked_at: at };
  await saveIntake(db, row);
  return toMyIntake(row, now);
}

/** Skipping keeps an earlier answer (a person may skip the re-ask) and waits six months before asking again. */
export async function skipIntake(db: Kysely<Database>, person: PersonRow, now: Date): Promise<void> {
  const existing = await findIntake(db, person.id);
  const at = now.toISOString();
  await saveIntake(db, { person_id: person.id, answer: existing?.answer ?? null, answered_at: existing?.answered_at ?? null, skipped_at: at, asked_at: at });
}

/**
 * Needs, motivations and forms per group: the whole organisation, each
 * department, team, role and language, every one only from 5 answers.
 * Names of roles and languages are their codes; the workspace words them.
 */
export async function intakeSummary(db: Kysely<Database>): Promise<IntakeSummary> {
  const respondents = (await listAnswersWithGroups(db)).flatMap((row): IntakeRespondent[] => {
    const answer = parseAnswer(row.answer);
    if (!answer) return [];
    const groups: IntakeGroupRef[] = [
      { kind: 'organisation', id: null, name: '' },
      { kind: 'role', id: row.role, name: row.role },
      { kind: 'language', id: row.language, name: row.language },
    ];
    if (row.department_id) groups.push({ kind: 'department', id: row.department_id, name: row.department_name ?? '' });
    if (row.team_id) groups.push({ kind: 'team', id: row.team_id, name: row.team_name ?? '' });
    return [{ answer, groups }];
  });
  return summariseIntake(respondents);
}
