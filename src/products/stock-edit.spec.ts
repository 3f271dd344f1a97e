import { DomainError } from '../common/errors/domain-error';
import { StockEdit, stockAfterEdit } from './stock-edit';

const current = { stock: 3, version: 7 };
const outcome = (edit: StockEdit): number | undefined | string => {
  try {
    return stockAfterEdit(current, edit);
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('stockAfterEdit', () => {
  it.each<[string, StockEdit, number | undefined | string]>([
    ['no stock change', {}, undefined],
    ['no stock change at the right version', { expectedVersion: 7 }, undefined],
    ['no stock change at a stale version', { expectedVersion: 6 }, 'VERSION_CONFLICT'],
    ['a delta up', { stockDelta: 2 }, 5],
    ['a delta down to zero', { stockDelta: -3 }, 0],
    ['a delta below zero', { stockDelta: -4 }, 'OUT_OF_STOCK'],
    ['a delta past the maximum', { stockDelta: 1_000_000 }, 'VALIDATION_FAILED'],
    ['a delta at a stale version', { stockDelta: 1, expectedVersion: 5 }, 'VERSION_CONFLICT'],
    ['an absolute stock without a version', { stock: 5 }, 'VERSION_REQUIRED'],
    ['an absolute stock at a stale version', { stock: 5, expectedVersion: 6 }, 'VERSION_CONFLICT'],
    ['an absolute stock at the version read', { stock: 5, expectedVersion: 7 }, 5],
    ['both stock and a delta', { stock: 5, stockDelta: 1, expectedVersion: 7 }, 'VALIDATION_FAILED'],
  ])('%s', (_name, edit, expected) => {
    expect(outcome(edit)).toBe(expected);
  });
});
