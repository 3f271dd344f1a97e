import { mailLocale } from './i18n/mail-locale';
import type { MailContent } from './mail-content';
import { MailRenderer } from './mail-renderer';

const content: MailContent = {
  subject: 'Order HF-1 received',
  greeting: 'Hello Amina,',
  paragraphs: ['First <b>paragraph</b>.', 'Second one.'],
  table: {
    head: ['Item', 'Quantity', 'Amount'],
    rows: [['Tagine <script>', '2', 'MAD 900.00']],
    totals: [{ label: 'Total', value: 'MAD 900.00' }],
  },
  details: [{ label: 'Ship to', value: 'Emma\n12 Orchard Street' }],
  actions: [{ label: 'View your order', url: 'https://shop.example/orders/1?a=1&b=2' }],
  why: 'You received this email because you placed order HF-1.',
  optOut: 'Turn these off: https://shop.example/account',
  signature: 'The Hirfa team',
};

describe('MailRenderer', () => {
  const renderer = new MailRenderer();

  it('writes Arabic right to left and other languages left to right', () => {
    expect(renderer.render(content, mailLocale('ar')).html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(renderer.render(content, mailLocale('fr')).html).toMatch(/<html lang="fr" dir="ltr">/);
  });

  it('escapes every text in the HTML part', () => {
    const { html } = renderer.render(content, mailLocale('en'));
    expect(html).toContain('First &lt;b&gt;paragraph&lt;/b&gt;.');
    expect(html).toContain('Tagine &lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('href="https://shop.example/orders/1?a=1&amp;b=2"');
  });

  it('lays the same content out as plain text, blocks separated by one blank line', () => {
    expect(renderer.render(content, mailLocale('en')).text).toBe(
      [
        'Hello Amina,',
        '',
        'First <b>paragraph</b>.',
        '',
        'Second one.',
        '',
        '- Tagine <script> × 2 × MAD 900.00',
        'Total: MAD 900.00',
        '',
        'Ship to:',
        'Emma\n12 Orchard Street',
        '',
        'View your order: https://shop.example/orders/1?a=1&b=2',
        '',
        'The Hirfa team',
        '',
        '--',
        'You received this email because you placed order HF-1.',
        'Turn these off: https://shop.example/account',
        '',
      ].join('\n'),
    );
  });
});
