import type { Browser } from 'playwright-core';
import { appContext, launchChromium, screenshot, signInAs } from '../support/browser';
import { Factories, TEST_PASSWORD } from '../support/factories';
import { linkIn, mailEnv, SmtpCatcher } from '../support/smtp-catcher';
import { createTestApp, TestApp } from '../support/test-app';
import { freePort } from '../support/test-database';

describe('Forgotten password in Chromium', () => {
  const smtp = new SmtpCatcher();
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    await smtp.start();
    // The mailed link must open this app: its public address is fixed before it listens.
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    t = await createTestApp({ ...mailEnv(smtp), PUBLIC_BASE_URL: baseUrl });
    await t.app.listen(port, '127.0.0.1');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await smtp.stop();
  });

  it('resets a forgotten password from the sign-in page through the emailed link, and signs the other session out', async () => {
    const user = await new Factories(t.db).buyer({ email: 'forgetful@buyer.test' });
    const elsewhere = await appContext(browser, baseUrl);
    const otherPage = await elsewhere.newPage();
    await signInAs(otherPage, user.email);

    const context = await appContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email').fill(user.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByTestId('reset-sent').waitFor();

    const mail = await smtp.waitFor(user.email, /^Reset your Hirfa password$/);
    await page.goto(linkIn(mail, `${baseUrl}/reset-password?token=`));
    await page.getByLabel('New password (at least 10 characters)').fill('my-new-browser-password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByTestId('password-reset').waitFor();
    await screenshot(page, 'password-reset-done');

    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.locator('main').getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Email or password is incorrect.').waitFor();
    await page.getByLabel('Password').fill('my-new-browser-password');
    await page.locator('main').getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${user.email}`).waitFor();

    await otherPage.reload();
    await otherPage.getByRole('link', { name: 'Sign in' }).first().waitFor();
    expect(await otherPage.getByText(`Signed in as ${user.email}`).count()).toBe(0);

    // The link worked once.
    await page.goto(linkIn(mail, `${baseUrl}/reset-password?token=`));
    await page.getByLabel('New password (at least 10 characters)').fill('a-third-password-here');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('This link is invalid, expired or already used. Ask for a new one.').waitFor();
    await context.close();
    await elsewhere.close();
  });
});
