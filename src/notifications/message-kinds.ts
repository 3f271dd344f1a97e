/**
 * Every message Hirfa sends. Essential ones (account security, money, orders to prepare, decisions
 * about a cooperative or product that need action) always go; the others respect the recipient's
 * choice to turn off non-essential messages.
 */
export const MESSAGE_KINDS = {
  'account.verify_email': { essential: true },
  'account.password_reset': { essential: true },
  'account.password_changed': { essential: true },
  'account.email_changed': { essential: true },
  'order.placed': { essential: true },
  'order.paid': { essential: true },
  'order.cancelled': { essential: true },
  'order.expired': { essential: true },
  'order.refunded': { essential: true },
  'order.payment_returned': { essential: true },
  'order.shipped': { essential: false },
  'order.delivered': { essential: false },
  'cooperative_order.to_prepare': { essential: true },
  'cooperative_order.cancelled': { essential: true },
  'cooperative.approved': { essential: true },
  'cooperative.rejected': { essential: true },
  'cooperative.suspended': { essential: true },
  'product.published': { essential: false },
  'product.rejected': { essential: true },
  'payout.recorded': { essential: true },
  'admin.cooperative_application': { essential: true },
  'admin.payment_attention': { essential: true },
} as const satisfies Record<string, { essential: boolean }>;

export type MessageKind = keyof typeof MESSAGE_KINDS;

/** Whether a message of this kind goes to someone who turned non-essential messages off. */
export function sendsDespiteOptOut(kind: MessageKind): boolean {
  return MESSAGE_KINDS[kind].essential;
}
