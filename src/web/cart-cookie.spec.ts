import { changeCart, decodeCart, encodeCart, MAX_QUANTITY } from './cart-cookie';

const A = '0b5a3c9e-1111-4222-8333-444455556666';
const B = '0b5a3c9e-7777-4222-8333-444455556666';

describe('cart cookie', () => {
  it('round-trips and ignores tampered entries', () => {
    expect(
      decodeCart(
        encodeCart([
          { productId: A, quantity: 2 },
          { productId: B, quantity: 1 },
        ]),
      ),
    ).toEqual([
      { productId: A, quantity: 2 },
      { productId: B, quantity: 1 },
    ]);
    expect(decodeCart(`${A}:0,nope:3,${B}:1.5,${B}:99999`)).toEqual([{ productId: B, quantity: MAX_QUANTITY }]);
    expect(decodeCart(undefined)).toEqual([]);
  });

  it('adds, sets and removes lines', () => {
    let cart = changeCart([], A, 2, 'add');
    cart = changeCart(cart, A, 3, 'add');
    cart = changeCart(cart, B, 1, 'add');
    expect(cart).toEqual([
      { productId: A, quantity: 5 },
      { productId: B, quantity: 1 },
    ]);
    expect(changeCart(cart, A, 1, 'set')).toEqual([
      { productId: A, quantity: 1 },
      { productId: B, quantity: 1 },
    ]);
    expect(changeCart(cart, A, 0, 'set')).toEqual([{ productId: B, quantity: 1 }]);
  });
});
