import { InvalidTransitionError } from '../errors/invalid-transition-error';
import { assertTransition, canTransition, Lifecycle, statusesAllowing } from './lifecycle';

type Door = 'open' | 'closed' | 'locked' | 'gone';
type Move = 'close' | 'open' | 'lock' | 'unlock';

const DOOR: Lifecycle<Door, Move> = {
  subject: 'door',
  table: {
    open: { close: 'closed' },
    closed: { open: 'open', lock: 'locked' },
    locked: { unlock: 'closed' },
    gone: {},
  },
};

const cases: [Door, Move, Door | null][] = [
  ['open', 'close', 'closed'],
  ['open', 'lock', null],
  ['closed', 'open', 'open'],
  ['closed', 'lock', 'locked'],
  ['closed', 'unlock', null],
  ['locked', 'unlock', 'closed'],
  ['locked', 'open', null],
  ['gone', 'open', null],
];

describe('lifecycle', () => {
  it.each(cases)('%s + %s → %s', (current, event, expected) => {
    expect(canTransition(DOOR, current, event)).toBe(expected !== null);
    if (expected === null) expect(() => assertTransition(DOOR, current, event)).toThrow(InvalidTransitionError);
    else expect(assertTransition(DOOR, current, event)).toBe(expected);
  });

  it('refuses with INVALID_STATE, the statuses the event needs, and the status and event in the details', () => {
    expect(() => assertTransition(DOOR, 'gone', 'open')).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATE',
        message: 'Cannot open a door that is gone (only one that is closed)',
        details: { status: 'gone', event: 'open' },
      }),
    );
  });

  it('names the event as the lifecycle says, and takes its own refusal', () => {
    const named: Lifecycle<Door, Move> = { ...DOOR, eventKey: 'action', refusal: (s, e) => `The door is ${s}; it cannot ${e}` };
    expect(() => assertTransition(named, 'open', 'lock')).toThrow(
      expect.objectContaining({ message: 'The door is open; it cannot lock', details: { status: 'open', action: 'lock' } }),
    );
  });

  it.each([
    ['open', 'toString'],
    ['toString', 'open'],
    ['__proto__', 'open'],
    ['ajar', 'close'],
  ])('an unknown status or event (%s + %s) is refused, not looked up on Object.prototype', (current, event) => {
    expect(canTransition(DOOR, current as Door, event as Move)).toBe(false);
    expect(() => assertTransition(DOOR, current as Door, event as Move)).toThrow(InvalidTransitionError);
  });

  it('lists the statuses an event is allowed from', () => {
    expect(statusesAllowing(DOOR, 'open')).toEqual(['closed']);
    expect(statusesAllowing(DOOR, 'close')).toEqual(['open']);
  });
});
