import { leavesAManager } from './membership-rules';

const managerA = { userId: 'a', role: 'manager' as const };
const managerB = { userId: 'b', role: 'manager' as const };
const memberC = { userId: 'c', role: 'member' as const };

describe('leavesAManager', () => {
  it.each([
    ['removing the only manager', [managerA, memberC], { userId: 'a', newRole: null }, false],
    ['demoting the only manager', [managerA, memberC], { userId: 'a', newRole: 'member' }, false],
    ['removing one of two managers', [managerA, managerB], { userId: 'a', newRole: null }, true],
    ['removing a member', [managerA, memberC], { userId: 'c', newRole: null }, true],
    ['promoting a member', [managerA, memberC], { userId: 'c', newRole: 'manager' }, true],
    ['demoting the only manager while promoting nobody', [managerA], { userId: 'a', newRole: 'member' }, false],
  ] as const)('%s', (_label, members, change, expected) => {
    expect(leavesAManager([...members], change)).toBe(expected);
  });
});
