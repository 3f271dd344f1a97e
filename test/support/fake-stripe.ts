import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import Stripe from 'stripe';

type Json = Record<string, unknown>;

export interface RecordedRequest {
  method: string;
  path: string;
  body: Json;
  idempotencyKey?: string;
}

/** Parses Stripe's form encoding (`line_items[0][price_data][currency]=eur`) into nested objects. */
function parseForm(raw: string): Json {
  const root: Json = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: Json = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Json;
    });
  }
  const arrays = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value as Json).map(([k, v]) => [k, arrays(v)] as const);
    return entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k)) ? entries.map(([, v]) => v) : Object.fromEntries(entries);
  };
  return arrays(root) as Json;
}

const id = (prefix: string): string => `${prefix}_test_${randomBytes(12).toString('hex')}`;

/**
 * A local stand-in for the few Stripe endpoints Hirfa uses, at the HTTP boundary: the real SDK talks
 * to it through STRIPE_API_HOST/PORT/PROTOCOL. It keeps Stripe's rules that matter to us (amounts
 * per line, expires_at between 30 minutes and 24 hours, idempotency keys, refundable amounts).
 */
export class FakeStripe {
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<string, Json>();
  readonly refunds = new Map<string, Json>();
  private readonly idempotent = new Map<string, { body: string; status: number; response: Json }>();
  private readonly failures: { method: string; path: RegExp; times: number }[] = [];
  private readonly holds: { method: string; path: RegExp; reached: () => void; released: Promise<void> }[] = [];
  private server?: Server;
  port = 0;

  static readonly secretKey = 'sk_test_hirfa_fake';
  static readonly webhookSecret = 'whsec_hirfa_fake_secret';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Configuration that points the app's SDK here. */
  env(): Record<string, string> {
    return {
      STRIPE_SECRET_KEY: FakeStripe.secretKey,
      STRIPE_WEBHOOK_SECRET: FakeStripe.webhookSecret,
      STRIPE_API_HOST: '127.0.0.1',
      STRIPE_API_PORT: String(this.port),
      STRIPE_API_PROTOCOL: 'http',
    };
  }

  /** What Stripe does when the buyer pays: the session completes with a payment intent. */
  complete(sessionId: string, overrides: Json = {}): Json {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`No session ${sessionId}`);
    Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: id('pi'), ...overrides });
    return session;
  }

  expire(sessionId: string): Json {
    const session = this.sessions.get(sessionId)!;
    session.status = 'expired';
    return session;
  }

  /**
   * Holds the next request to `method path` until `release()` is called, as a slow Stripe would:
   * `reached` resolves once the request has arrived, so a test can look at the app meanwhile.
   */
  hold(method: string, path: RegExp): { reached: Promise<void>; release: () => void } {
    let reached!: () => void;
    let release!: () => void;
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.push({ method, path, reached, released });
    return { reached: reachedPromise, release };
  }

  /**
   * Drops the connection of the next `times` requests to `method path`, as an unreachable Stripe
   * would (nothing is stored under their idempotency keys). Three covers the SDK's two retries.
   */
  failNext(method: string, path: RegExp, times = 3): void {
    this.failures.push({ method, path, times });
  }

  /** An event as Stripe would post it. */
  event(type: string, object: Json): Json {
    return {
      id: id('evt'),
      object: 'event',
      type,
      api_version: '2025-01-01',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object },
      pending_webhooks: 1,
    };
  }

  /** The body and Stripe-Signature header of a webhook delivery, signed with the SDK's own helper. */
  signed(event: Json, secret = FakeStripe.webhookSecret): { body: string; signature: string } {
    const body = JSON.stringify(event);
    return { body, signature: new Stripe(FakeStripe.secretKey).webhooks.generateTestHeaderString({ payload: body, secret }) };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = parseForm(raw);
    const path = (req.url ?? '').split('?')[0];
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    this.requests.push({ method: req.method ?? '', path, body, idempotencyKey });
    const failure = this.failures.find((f) => f.times > 0 && f.method === req.method && f.path.test(path));
    if (failure) {
      failure.times--;
      req.socket.destroy();
      return;
    }
    const held = this.holds.findIndex((h) => h.method === req.method && h.path.test(path));
    if (held >= 0) {
      const [hold] = this.holds.splice(held, 1);
      hold.reached();
      await hold.released;
    }

    const send = (status: number, payload: Json): void => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
      res.end(JSON.stringify(payload));
    };
    if (req.headers.authorization !== `Bearer ${FakeStripe.secretKey}`) {
      return send(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    }
    if (req.method === 'POST' && idempotencyKey) {
      const seen = this.idempotent.get(idempotencyKey);
      if (seen && seen.body !== raw) {
        return send(400, {
          error: {
            type: 'idempotency_error',
            message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.',
          },
        });
      }
      if (seen) return send(seen.status, seen.response);
    }
    const [status, response] = this.route(req.method ?? '', path, body);
    if (req.method === 'POST' && idempotencyKey) this.idempotent.set(idempotencyKey, { body: raw, status, response });
    send(status, response);
  }

  private route(method: string, path: string, body: Json): [number, Json] {
    const invalid = (message: string): [number, Json] => [400, { error: { type: 'invalid_request_error', message } }];
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const lines = (body.line_items as Json[] | undefined) ?? [];
      const currencies = new Set(lines.map((l) => (l.price_data as Json).currency));
      if (body.mode !== 'payment' || lines.length === 0 || currencies.size !== 1)
        return invalid('A payment session needs line items in one currency');
      const now = Math.floor(Date.now() / 1000);
      const expiresAt = Number(body.expires_at);
      if (!(expiresAt >= now + 30 * 60 && expiresAt <= now + 24 * 3600)) {
        return invalid('The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.');
      }
      const amountTotal = lines.reduce((sum, l) => sum + Number((l.price_data as Json).unit_amount) * Number(l.quantity), 0);
      const session: Json = {
        id: id('cs'),
        object: 'checkout.session',
        mode: 'payment',
        status: 'open',
        payment_status: 'unpaid',
        url: `https://checkout.stripe.com/c/pay/${randomBytes(8).toString('hex')}`,
        amount_total: amountTotal,
        currency: [...currencies][0],
        client_reference_id: body.client_reference_id ?? null,
        customer_email: body.customer_email ?? null,
        metadata: body.metadata ?? {},
        expires_at: expiresAt,
        success_url: body.success_url,
        cancel_url: body.cancel_url,
        payment_intent: null,
        line_items_sent: lines,
      };
      this.sessions.set(session.id as string, session);
      return [200, session];
    }
    const sessionMatch = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(path);
    if (sessionMatch) {
      const session = this.sessions.get(sessionMatch[1]);
      if (!session) return [404, { error: { type: 'invalid_request_error', message: 'No such checkout.session' } }];
      if (method === 'POST' && sessionMatch[2]) {
        if (session.status !== 'open') return invalid('Only open sessions can be expired');
        session.status = 'expired';
      }
      return [200, session];
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const intent = body.payment_intent as string;
      const session = [...this.sessions.values()].find((s) => s.payment_intent === intent);
      if (!session) return invalid('No such payment_intent');
      const refunded = [...this.refunds.values()].filter((r) => r.payment_intent === intent).reduce((sum, r) => sum + Number(r.amount), 0);
      const amount = body.amount === undefined ? Number(session.amount_total) - refunded : Number(body.amount);
      if (amount <= 0 || refunded + amount > Number(session.amount_total))
        return invalid('Refund amount is greater than the unrefunded amount');
      const refund: Json = {
        id: id('re'),
        object: 'refund',
        amount,
        currency: session.currency,
        payment_intent: intent,
        status: 'succeeded',
        reason: body.reason ?? null,
        metadata: body.metadata ?? {},
      };
      this.refunds.set(refund.id as string, refund);
      return [200, refund];
    }
    return [404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path})` } }];
  }

  /** The charge.refunded object Stripe would send after the refunds so far. */
  chargeRefunded(paymentIntent: string): Json {
    const session = [...this.sessions.values()].find((s) => s.payment_intent === paymentIntent)!;
    const refunds = [...this.refunds.values()].filter((r) => r.payment_intent === paymentIntent);
    const amountRefunded = refunds.reduce((sum, r) => sum + Number(r.amount), 0);
    return {
      id: id('ch'),
      object: 'charge',
      amount: session.amount_total,
      amount_refunded: amountRefunded,
      currency: session.currency,
      payment_intent: paymentIntent,
      refunded: amountRefunded === session.amount_total,
      refunds: { object: 'list', data: refunds },
    };
  }
}
