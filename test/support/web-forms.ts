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
