/**
 * Seconds an attempt must wait after `failures` failed ones: nothing below the limit, then the base
 * delay doubling with each further failure, up to the cap.
 */
export function backoffSeconds(failures: number, max: number, base: number, cap: number): number {
  if (failures < max) return 0;
  return Math.min(cap, base * 2 ** Math.min(failures - max, 30));
}
