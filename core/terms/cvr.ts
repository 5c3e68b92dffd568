/** Modulus-11 weights of Danish CVR numbers (Erhvervsstyrelsen). */
const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** True when `cvr` is 8 digits (spaces allowed) whose weighted sum is divisible by 11. */
export function isValidCvr(cvr: string): boolean {
  const digits = cvr.replace(/\s/g, '');
  if (!/^\d{8}$/.test(digits) || digits[0] === '0') return false;
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (WEIGHTS[i] as number), 0);
  return sum % 11 === 0;
}
