import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { TEST_PASSWORD } from './factories';
import type { TestApp } from './test-app';

/** Reads what a browser would from a storefront page: the CSRF field and hidden inputs. */
export function hiddenField(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match) throw new Error(`No hidden field ${name} in the page`);
  return match[1];
}

export function csrfToken(html: string): string {
  return hiddenField(html, '_csrf');
}

/** The Set-Cookie line of one cookie, for checking its flags. */
export function setCookie(headers: Record<string, unknown>, name: string): string | undefined {
  const lines = (headers['set-cookie'] as string[] | undefined) ?? [];
  return lines.find((line) => line.startsWith(`${name}=`));
}

/** A browser signed in as `email` (created with TEST_PASSWORD), and a CSRF token for its forms. */
export async function signedInBrowser(t: TestApp, email: string): Promise<{ browser: TestAgent; token: string }> {
  const browser = request.agent(t.app.getHttpServer());
  const form = await browser.get('/sign-in').expect(200);
  await browser
    .post('/sign-in')
    .type('form')
    .send({ _csrf: csrfToken(form.text), email, password: TEST_PASSWORD })
    .expect(303);
  const page = await browser.get('/').expect(200);
  return { browser, token: csrfToken(page.text) };
}
