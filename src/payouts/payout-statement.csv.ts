import { toDecimalString } from '../common/money';
import { csvLine } from '../reports/report-math';
import { PayoutStatementView } from './dto/payout-statement.view';

/**
 * The statement as CSV for a cooperative's bookkeeper: one line per entry in the statement's order,
 * amounts in MAD, formula-safe like the export report. Shared by the API and the artisan page link.
 */
export function payoutStatementCsv(statement: PayoutStatementView): { fileName: string; body: string } {
  const mad = (minor: number): string => toDecimalString(minor, 'MAD');
  const header = csvLine(['date', 'kind', 'reference', 'order_id', 'currency', 'amount', 'balance_after', 'entry_id']);
  const lines = statement.entries.map((e) =>
    csvLine([e.createdAt.toISOString(), e.kind, e.reference, e.orderId, 'MAD', mad(e.amountMadMinor), mad(e.balanceAfterMadMinor), e.id]),
  );
  return { fileName: `payouts-${statement.from ?? 'start'}-${statement.to ?? 'now'}.csv`, body: header + lines.join('') };
}
