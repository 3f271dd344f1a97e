export interface MemberCounts {
  total: number;
  women: number;
  youth: number;
  rural: number;
}

/** Each sub-count is a subset of the members, so none may exceed the total. */
export function memberCountProblems(counts: MemberCounts): { field: string; errors: string[] }[] {
  const problems: { field: string; errors: string[] }[] = [];
  if (!Number.isInteger(counts.total) || counts.total < 1) {
    problems.push({ field: 'members.total', errors: ['members.total must be a whole number of at least 1'] });
  }
  for (const key of ['women', 'youth', 'rural'] as const) {
    const value = counts[key];
    if (!Number.isInteger(value) || value < 0) {
      problems.push({ field: `members.${key}`, errors: [`members.${key} must be a whole number of at least 0`] });
    } else if (value > counts.total) {
      problems.push({ field: `members.${key}`, errors: [`members.${key} (${value}) cannot exceed members.total (${counts.total})`] });
    }
  }
  return problems;
}
