import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { MIN_GROUP_SIZE } from '../../../shared/domain/group-privacy';
import {
  INTAKE_RECONTACT_DAYS,
  intakeAnswerSchema,
  MOMENT_DEFAULT_TIME,
  MOTIVATIONS,
  type IntakeAnswer,
  type IntakeSummary,
  type MyIntake,
} from '../../../shared/schemas/intake';
import { NEEDS } from '../../../shared/schemas/strategy';
import type { PersonRow } from '../people/people.table';
import { findIntake, listAnswersByDepartment, saveIntake } from './intake.repository';
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

/** Needs and motivations per department, only for departments where at least 5 people answered. */
export async function intakeSummary(db: Kysely<Database>): Promise<IntakeSummary> {
  const rows = await listAnswersByDepartment(db);
  const byDepartment = new Map<string | null, { name: string; answers: IntakeAnswer[] }>();
  for (const row of rows) {
    const answer = parseAnswer(row.answer);
    if (!answer) continue;
    const group = byDepartment.get(row.department_id) ?? { name: row.department_name ?? '', answers: [] };
    group.answers.push(answer);
    byDepartment.set(row.department_id, group);
  }
  const groups: IntakeSummary['groups'] = [];
  let hiddenGroups = 0;
  for (const [departmentId, { name, answers }] of byDepartment) {
    if (answers.length < MIN_GROUP_SIZE) {
      hiddenGroups += 1;
      continue;
    }
    const needs = NEEDS.map((need) => ({ need, count: answers.filter((a) => a.needs.includes(need)).length }));
    const motivations = MOTIVATIONS.map((motivation) => ({ motivation, count: answers.filter((a) => a.motivation === motivation).length }));
    groups.push({ departmentId, name, answers: answers.length, needs, motivations });
  }
  return { groups: groups.sort((a, b) => a.name.localeCompare(b.name)), hiddenGroups };
}
