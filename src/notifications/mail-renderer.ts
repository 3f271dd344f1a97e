import { Injectable } from '@nestjs/common';
import { Eta } from 'eta';
import { join } from 'node:path';
import type { MailContent } from './mail-content';
import type { MailLocale } from './i18n/mail-locale';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/**
 * Lays a message out from the templates in ./templates (copied next to the compiled code by
 * `npm run build`): HTML, escaped and right-to-left for Arabic, and a plain-text part.
 */
@Injectable()
export class MailRenderer {
  // Compiled once: messages are rendered inside the transactions of busy writes (order placement).
  private readonly html = new Eta({ views: join(__dirname, 'templates'), autoEscape: true, autoTrim: false, cache: true });
  private readonly text = new Eta({ views: join(__dirname, 'templates'), autoEscape: false, autoTrim: false, cache: true });

  render(content: MailContent, locale: MailLocale): RenderedMail {
    const data = { ...content, locale: locale.locale, dir: locale.dir };
    return {
      subject: content.subject,
      html: this.html.render('mail-html', data),
      text:
        this.text
          .render('mail-text', data)
          .replace(/\n{3,}/g, '\n\n')
          .trim() + '\n',
    };
  }
}
