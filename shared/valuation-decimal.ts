/** 123456 with 2 digits -> "1234.56", -5 -> "-0.05": an integer in 10^-digits as plain decimal text, no float. */
export function minorToDecimal(n: number, digits: number): string {
  if (digits === 0) return String(n);
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const unit = 10 ** digits;
  return `${sign}${Math.trunc(abs / unit)}.${String(abs % unit).padStart(digits, '0')}`;
}
