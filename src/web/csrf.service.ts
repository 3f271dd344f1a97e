import { Injectable } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';

/**
 * Signed double-submit CSRF tokens: a random nonce sits in an http-only cookie and every form carries
 * HMAC(secret, nonce). Another site can make the browser send the cookie but can neither read it nor
 * compute the HMAC, so it cannot forge the form field.
 */
@Injectable()
export class CsrfService {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  newNonce(): string {
    return randomBytes(24).toString('base64url');
  }

  tokenFor(nonce: string): string {
    return createHmac('sha256', this.config.jwt.secret).update(`csrf:${nonce}`).digest('base64url');
  }

  isValid(nonce: string | undefined, token: unknown): boolean {
    if (!nonce || typeof token !== 'string' || token.length === 0) return false;
    const expected = Buffer.from(this.tokenFor(nonce));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
