import type { Selectable } from 'kysely';

export interface DepartmentsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface TeamsTable {
  id: string;
  department_id: string;
  name: string;
  created_at: string;
}

export type DepartmentRow = Selectable<DepartmentsTable>;
export type TeamRow = Selectable<TeamsTable>;
