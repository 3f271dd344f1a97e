/**
 * ICE (Identifiant Commun de l'Entreprise): 9 digits for the firm, 4 for the establishment and 2
 * check digits chosen so that the whole 15-digit number is divisible by 97.
 */
export function isValidIce(value: string): boolean {
  return /^\d{15}$/.test(value) && BigInt(value) % 97n === 0n;
}

/** Completes a 13-digit firm+establishment number with its check digits. */
export function withIceCheckDigits(first13: string): string {
  if (!/^\d{13}$/.test(first13)) throw new Error('An ICE prefix has 13 digits');
  const check = (97n - ((BigInt(first13) * 100n) % 97n)) % 97n;
  return first13 + check.toString().padStart(2, '0');
}
