import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface TestSmtpServer {
  url: string;
  messages: ParsedMail[];
  /** Resolves with the next mail to `to` (or one already received). */
  waitForMail(to: string, timeoutMs?: number): Promise<ParsedMail>;
  /** Recipients refused at RCPT TO, with the SMTP code given (5xx permanent, 4xx temporary); `times` refusals, then accepted. */
  reject(address: string, code: number, times?: number): void;
  /** RCPT TO refusals given so far, per address. */
  refusals: Map<string, number>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps every message it receives. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const waiters: Array<() => void> = [];
  const rejections = new Map<string, { code: number; times: number }>();
  const refusals = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      const rule = rejections.get(to);
      if (rule && rule.times > 0) {
        rule.times -= 1;
        refusals.set(to, (refusals.get(to) ?? 0) + 1);
        const error = Object.assign(new Error(rule.code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: rule.code });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          waiters.splice(0).forEach((wake) => wake());
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // A client killed mid-session (journey-instances kills an instance on purpose) resets its connections. smtp-server
  // reports that as an 'error' event, which with no listener would crash the test run; the mails it did deliver are counted.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const recipients = (mail: ParsedMail) =>
    [mail.to].flat().flatMap((a) => a?.value ?? []).map((v) => v.address?.toLowerCase());
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitForMail(to, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find((m) => recipients(m).includes(to.toLowerCase()));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    reject(address, code, times = Infinity) {
      rejections.set(address.toLowerCase(), { code, times });
    },
    refusals,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The sign-in token from a magic-link mail's text (received over SMTP or kept by the in-memory mailer). */
export function tokenFromMail(mail: { text?: string | undefined }): string {
  const match = /#token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match?.[1]) throw new Error('No sign-in link in the mail');
  return match[1];
}
