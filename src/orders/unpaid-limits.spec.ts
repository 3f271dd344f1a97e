import { DomainError } from '../common/errors/domain-error';
import { checkUnpaidLimits } from './unpaid-limits';

const limits = { ordersPerBuyer: 3, unitsPerProduct: 10 };
const codeOf = (run: () => void): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('checkUnpaidLimits', () => {
  it.each([
    ['nothing held', { orders: 0, units: {} }, [['p1', 10]], undefined],
    ['below both limits', { orders: 2, units: { p1: 4 } }, [['p1', 6]], undefined],
    ['the order count reached', { orders: 3, units: {} }, [['p1', 1]], 'UNPAID_ORDERS_LIMIT'],
    ['units over in one order', { orders: 0, units: {} }, [['p1', 11]], 'UNPAID_UNITS_LIMIT'],
    [
      'units over with what is held',
      { orders: 1, units: { p1: 8 } },
      [
        ['p2', 10],
        ['p1', 3],
      ],
      'UNPAID_UNITS_LIMIT',
    ],
    ['units of another product held', { orders: 1, units: { p2: 10 } }, [['p1', 10]], undefined],
  ] as const)('%s', (_name, held, wanted, expected) => {
    expect(codeOf(() => checkUnpaidLimits({ ...held, units: { ...held.units } }, new Map(wanted), limits))).toBe(expected);
  });

  it('names the products over the limit', () => {
    try {
      checkUnpaidLimits(
        { orders: 0, units: { b: 9 } },
        new Map([
          ['b', 2],
          ['a', 1],
        ]),
        limits,
      );
      throw new Error('no error');
    } catch (error) {
      expect((error as DomainError).details).toEqual({ limit: 10, items: [{ productId: 'b', requested: 2, held: 9 }] });
    }
  });
});
