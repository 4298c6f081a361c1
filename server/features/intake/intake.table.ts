export interface IntakesTable {
  person_id: string;
  /** JSON of IntakeAnswer; null when skipped. */
  answer: string | null;
  answered_at: string | null;
  skipped_at: string | null;
  /** When the app last asked (answered or skipped); the recontact rule counts from here. */
  asked_at: string;
}
