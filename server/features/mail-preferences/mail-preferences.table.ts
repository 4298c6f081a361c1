/** A person's one token for every bulk mail's unsubscribe link and preference page, and whether their address bounced for good. */
export interface MailRecipientsTable {
  person_id: string;
  token: string;
  undeliverable_at: string | null;
  /** The SMTP answer of the hard bounce. */
  undeliverable_reason: string | null;
}

/** A topic a person switched off (a row exists only while it is off). */
export interface MailPreferencesTable {
  person_id: string;
  topic: string;
  unsubscribed_at: string;
}
