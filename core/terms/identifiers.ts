/** Check digits of the identifiers a request names besides CVR: EAN/GLN invoicing numbers, Swedish organisation numbers. */

/** True when `ean` is 13 digits (spaces allowed) with a valid GS1 check digit (GS1 General Specifications §7.9). */
export function isValidEan13(ean: string): boolean {
  const digits = ean.replace(/\s/g, '');
  if (!/^\d{13}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 12)].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === Number(digits[12]);
}

/**
 * True when `number` is a Swedish organisationsnummer: 10 digits (NNNNNN-NNNN, an optional "16" century
 * prefix), Luhn check digit (Skatteverket SKV 709).
 */
export function isValidSwedishOrgNumber(number: string): boolean {
  let digits = number.replace(/[\s-]/g, '');
  if (/^16\d{10}$/.test(digits)) digits = digits.slice(2);
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let v = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return sum % 10 === 0;
}
