import { allocate } from '../common/money';

export interface CooperativeCredit {
  cooperativeId: string;
  /** What the order earned the cooperative in MAD minor units: goods + shipping − commission on goods. */
  creditedMadMinor: number;
  /** Refund debits already booked for the order, as a positive amount. */
  debitedMadMinor: number;
}

/**
 * What each cooperative gives back once `refundedMinor` of an order totalling `totalMinor` has been
 * refunded: the same share of what it was credited (so commission comes back on goods only, and the
 * insurance premium, never credited to a cooperative, is never debited from one), less what earlier
 * refunds already took. Cumulative, so after a full refund every cooperative nets to zero exactly.
 */
export function refundDebits(
  credits: readonly CooperativeCredit[],
  refundedMinor: number,
  totalMinor: number,
): { cooperativeId: string; debitMadMinor: number }[] {
  const refunded = Math.min(refundedMinor, totalMinor);
  return credits.map((credit) => {
    const [due] = allocate(credit.creditedMadMinor, [refunded, totalMinor - refunded]);
    return { cooperativeId: credit.cooperativeId, debitMadMinor: due - credit.debitedMadMinor };
  });
}
