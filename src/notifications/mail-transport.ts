import { Injectable } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

/** SMTP through nodemailer when `SMTP_URL` is set; without it nothing is sent (messages stay in the outbox). */
@Injectable()
export class MailTransport {
  private readonly transporter?: Transporter;
  private readonly domain: string;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    const { smtpUrl, from } = config.mail;
    // Bounded waits, so a stuck server fails the attempt well inside the job's two-minute lease.
    if (smtpUrl) {
      this.transporter = createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
    }
    this.domain = /@([^>\s]+)>?$/.exec(from)?.[1] ?? 'hirfa.localhost';
  }

  get configured(): boolean {
    return this.transporter !== undefined;
  }

  /** The Message-ID is the outbox id, so a recipient's server can tell a resend from a new message. */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transporter) throw new Error('SMTP is not configured');
    await this.transporter.sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: `<${mail.id}@${this.domain}>`,
    });
  }
}
