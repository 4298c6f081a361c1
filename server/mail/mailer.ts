import nodemailer from 'nodemailer';
import type { Logger } from '../http/app-env';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe for bulk mail (RFC 8058). */
  headers?: Record<string, string>;
  /** A stable Message-ID (`<…@…>`): a resend after a crash is recognisably the same message. */
  messageId?: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface DkimOptions {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

export interface MailerOptions {
  /** DKIM signing of every message (DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY). */
  dkim?: DkimOptions | undefined;
  /** Connections the pool keeps open at most. */
  maxConnections?: number;
}

/**
 * Real SMTP through nodemailer when an SMTP URL is configured: a pooled
 * transport (connections are reused across messages, a bulk send does not
 * open one per mail), signed with DKIM when configured. Without one, mail
 * goes to the development outbox: the server log, so that a local user can
 * still follow a magic link.
 */
/** Connections the pooled transport keeps open unless told otherwise: also how many mails a sender has in flight at once. */
export const MAIL_CONNECTIONS = 5;

export function createMailer(smtpUrl: string | undefined, from: string, log: Logger, options: MailerOptions = {}): Mailer {
  if (!smtpUrl) {
    return {
      async send(mail) {
        log.info('mail (development outbox; set SMTP_URL to send for real)', { to: mail.to, subject: mail.subject, text: mail.text });
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: options.maxConnections ?? MAIL_CONNECTIONS,
    maxMessages: Infinity,
    ...(options.dkim && { dkim: options.dkim }),
  });
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}

/** The SMTP reply code of a failed send, if the server gave one. */
export function smtpCodeOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' ? code : null;
}

/** A permanent rejection (SMTP 5xx at send time): the address is not deliverable. */
export function isHardBounce(error: unknown): boolean {
  const code = smtpCodeOf(error);
  return code !== null && code >= 500 && code < 600;
}
