import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { RegisterDto } from '../auth/dto/register.dto';
import { CsrfService } from './csrf.service';
import { COOKIES, cookieOptions } from './web-cookies';
import type { WebContext } from './web-context';

export const REGISTER_FIELDS = ['name', 'email', 'password', 'role', 'country'] as const;

/**
 * Browser sessions: the access token AuthService issues, kept in an http-only cookie that scripts
 * cannot read, so the JSON API's bearer tokens and the storefront share one sign-in rule.
 */
@Injectable()
export class WebSessionService {
  constructor(
    private readonly auth: AuthService,
    private readonly csrf: CsrfService,
  ) {}

  async signIn(web: WebContext, res: Response, email: string, password: string, ip: string): Promise<void> {
    const { accessToken, expiresIn } = await this.auth.login(email, password, ip);
    res.cookie(COOKIES.session, accessToken, cookieOptions(web.secureCookies, expiresIn * 1000));
    this.rotateCsrf(web, res);
  }

  /** Creates a buyer or artisan account in the page's language and signs it in (EMAIL_TAKEN otherwise). */
  async register(web: WebContext, res: Response, dto: RegisterDto): Promise<void> {
    const { email, password, name, country } = dto;
    const { accessToken, expiresIn } = await this.auth.register({
      email,
      password,
      name,
      country,
      role: dto.role ?? 'buyer',
      locale: web.locale,
    });
    res.cookie(COOKIES.session, accessToken, cookieOptions(web.secureCookies, expiresIn * 1000));
    this.rotateCsrf(web, res);
  }

  signOut(web: WebContext, res: Response): void {
    res.clearCookie(COOKIES.session, cookieOptions(web.secureCookies, 0));
    this.rotateCsrf(web, res);
  }

  /** A new CSRF nonce whenever the session changes, so a token seen before sign-in is worthless after. */
  private rotateCsrf(web: WebContext, res: Response): void {
    res.cookie(COOKIES.csrf, this.csrf.newNonce(), cookieOptions(web.secureCookies));
  }
}
