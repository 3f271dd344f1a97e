import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { DomainError } from '../common/errors/domain-error';

/**
 * The one place the Stripe SDK is built. STRIPE_API_HOST/PORT/PROTOCOL point it at stripe-mock or
 * a test fake; without STRIPE_SECRET_KEY the app runs and card payments answer 503.
 */
@Injectable()
export class StripeClient {
  private readonly client?: Stripe;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    const { secretKey, apiHost, apiPort, apiProtocol } = config.stripe;
    if (secretKey) {
      this.client = new Stripe(secretKey, {
        maxNetworkRetries: 2,
        timeout: 15_000,
        ...(apiHost ? { host: apiHost } : {}),
        ...(apiPort ? { port: apiPort } : {}),
        ...(apiProtocol ? { protocol: apiProtocol } : {}),
      });
    }
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  /** The SDK, or 503 PAYMENTS_NOT_CONFIGURED. */
  get api(): Stripe {
    if (!this.client) throw new DomainError('PAYMENTS_NOT_CONFIGURED', 'Card payments are not configured on this server');
    return this.client;
  }

  /** Verifies a webhook's signature against the raw body; 400 when it does not match. */
  verifyWebhook(rawBody: Buffer | undefined, signature: string | undefined): Stripe.Event {
    const secret = this.config.stripe.webhookSecret;
    if (!secret) throw new DomainError('PAYMENTS_NOT_CONFIGURED', 'Stripe webhooks are not configured on this server');
    if (!rawBody || !signature) throw new DomainError('BAD_REQUEST', 'Missing Stripe-Signature header or body');
    try {
      return Stripe.webhooks.constructEvent(rawBody, signature, secret);
    } catch {
      throw new DomainError('BAD_REQUEST', 'Stripe signature verification failed');
    }
  }

  /** Stripe's failures reach clients as 502 with Stripe's message, never as a bare 500. */
  static wrap(error: unknown): never {
    if (error instanceof Stripe.errors.StripeError) {
      throw new DomainError('PAYMENT_PROVIDER_ERROR', `Stripe refused the request: ${error.message}`, { type: error.type });
    }
    throw error;
  }
}
