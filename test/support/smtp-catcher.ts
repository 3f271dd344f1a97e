import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { pollUntil } from './poll';
import { freePort } from './test-database';

export interface CaughtMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  parsed: ParsedMail;
}

/**
 * A real SMTP server for tests: it accepts (or, while `refuse` says so, refuses with a temporary
 * 451) every message, and keeps the accepted ones parsed by mailparser.
 */
export class SmtpCatcher {
  readonly mails: CaughtMail[] = [];
  /** Refusals answered so far. */
  refusals = 0;
  /** Decides, per incoming message, whether to refuse it (to = its recipients). */
  refuse: (to: string[]) => boolean = () => false;
  private server?: SMTPServer;
  port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.port = await freePort();
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        if (this.refuse(to)) {
          this.refusals++;
          stream.resume();
          stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
          return;
        }
        simpleParser(stream)
          .then((parsed) => {
            this.mails.push({
              to: to.join(','),
              subject: parsed.subject ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              text: parsed.text ?? '',
              messageId: parsed.messageId ?? '',
              parsed,
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    return this;
  }

  to(address: string): CaughtMail[] {
    return this.mails.filter((m) => m.to === address.toLowerCase());
  }

  /** Waits until `address` has received a message whose subject matches. */
  waitFor(address: string, subject: RegExp, timeoutMs?: number): Promise<CaughtMail> {
    return pollUntil(() => this.to(address).find((m) => subject.test(m.subject)), `a mail to ${address} matching ${subject}`, timeoutMs);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Settings that make the mail worker fast in tests: poll twice a second, retry at the next poll. */
export function mailEnv(smtp: SmtpCatcher, overrides: Record<string, string> = {}): Record<string, string> {
  return { SMTP_URL: smtp.url, MAIL_FROM: 'Hirfa <no-reply@hirfa.test>', MAIL_POLL_MS: '500', MAIL_RETRY_DELAY_SECONDS: '0', ...overrides };
}

/** The first link in a message's text part that starts with `prefix`. */
export function linkIn(mail: CaughtMail, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}\\S+`).exec(mail.text);
  if (!match) throw new Error(`No link to ${prefix} in "${mail.subject}"`);
  return match[0];
}
