import { DomainError } from '../common/errors/domain-error';

export interface StockEdit {
  /** Absolute available stock: only with the version it was read at. */
  stock?: number;
  /** Units added or (negative) removed, whatever was reserved meanwhile. */
  stockDelta?: number;
  /** The version the client read, from `version` or If-Match. */
  expectedVersion?: number;
}

/**
 * Checks an edit against the product as locked, and returns its new available stock (undefined
 * when the edit leaves stock alone). An absolute stock without a version is refused: the number
 * was read before reservations the client cannot see, and would overwrite them.
 */
export function stockAfterEdit(current: { stock: number; version: number }, edit: StockEdit): number | undefined {
  if (edit.stock !== undefined && edit.stockDelta !== undefined) {
    throw new DomainError('VALIDATION_FAILED', 'Send stock or stockDelta, not both', [
      { field: 'stockDelta', errors: ['stockDelta cannot be sent with stock'] },
    ]);
  }
  if (edit.stock !== undefined && edit.expectedVersion === undefined) {
    throw new DomainError('VERSION_REQUIRED', 'Setting stock needs the version it was read at (If-Match or version); or send stockDelta', {
      version: current.version,
    });
  }
  if (edit.expectedVersion !== undefined && edit.expectedVersion !== current.version) {
    throw new DomainError(
      'VERSION_CONFLICT',
      'The product changed since it was read (stock was reserved or it was edited); reload and retry',
      {
        version: current.version,
        stock: current.stock,
      },
    );
  }
  if (edit.stockDelta !== undefined) {
    const next = current.stock + edit.stockDelta;
    if (next < 0) {
      throw new DomainError('OUT_OF_STOCK', `Only ${current.stock} units are available to remove; the rest are reserved by unpaid orders`, {
        available: current.stock,
        stockDelta: edit.stockDelta,
      });
    }
    if (next > 1_000_000) throw new DomainError('VALIDATION_FAILED', 'stock cannot exceed 1000000');
    return next;
  }
  return edit.stock;
}
