// A readability score as the web app shows it (docs/readability.md): a whole
// number, unless rounding would hide which side of the target the text is on.
// A Reading Ease of 59.6 against a target of 60 shows as 59.6, not 60, beside
// "below the target"; 59.996 the server counts as meeting 60, and shows as 60.

export type Better = 'higher' | 'lower';

export function shownScore(value: number, target: number, better: Better, meetsTarget: boolean): string {
  const whole = Math.round(value);
  const wholeMeets = better === 'higher' ? whole >= target : whole <= target;
  if (meetsTarget || !wholeMeets) return String(whole);
  // One decimal, cut towards the shortfall, so it never reads as meeting it.
  const tenths = better === 'higher' ? Math.floor(value * 10) : Math.ceil(value * 10);
  return (tenths / 10).toFixed(1);
}
