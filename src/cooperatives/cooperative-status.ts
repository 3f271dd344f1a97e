export const COOPERATIVE_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const;
export type CooperativeStatus = (typeof COOPERATIVE_STATUSES)[number];

export const MEMBER_ROLES = ['manager', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
