// A readability score as the web app shows it (docs/readability.md): a whole
// number, unless rounding would hide which side of the target the score is
// on. A Reading Ease of 59.6 against a target of 60 shows as 59.6, not 60.
// The server judges the score rounded to two decimals, so 59.996 meets 60
// and shows as 60. A score on the right side of its target is a whole number
// even when the text misses the target for another reason (jargon).

export type Better = 'higher' | 'lower';

export function shownScore(value: number, target: number, better: Better): string {
  const whole = Math.round(value);
  const judged = Math.round(value * 100) / 100;
  const short = better === 'higher' ? judged < target : judged > target;
  const wholeMeets = better === 'higher' ? whole >= target : whole <= target;
  if (!(short && wholeMeets)) return String(whole);
  // One decimal, cut towards the shortfall, so it never reads as meeting it.
  const tenths = better === 'higher' ? Math.floor(value * 10) : Math.ceil(value * 10);
  return (tenths / 10).toFixed(1);
}
