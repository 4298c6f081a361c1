import nodemailer from 'nodemailer';
import type { Logger } from '../http/app-env';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe for bulk mail (RFC 8058). */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Real SMTP through nodemailer when an SMTP URL is configured. Without one,
 * mail goes to the development outbox: the server log, so that a local user
 * can still follow a magic link.
 */
export function createMailer(smtpUrl: string | undefined, from: string, log: Logger): Mailer {
  if (!smtpUrl) {
    return {
      async send(mail) {
        log.info('mail (development outbox; set SMTP_URL to send for real)', { to: mail.to, subject: mail.subject, text: mail.text });
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
