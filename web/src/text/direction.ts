// The direction of text people typed, and its lines (found walking a
// convener's first day in Arabic: a venue of "مركز نورثفيلد المجتمعي" over
// "12 High Street", shown as one dir="auto" block, read "High Street 12").
// components/Lines.tsx shows each line isolated in its own direction, inside
// a block in the direction of the text's first letter. Unit tested.

// Letters of the scripts written right to left: Hebrew, Arabic, Syriac,
// Thaana, N'Ko, Samaritan, Mandaic, their presentation forms, and the
// right-to-left scripts beyond U+FFFF (Adlam, Mende Kikakui, Imperial Aramaic, ...).
const rightToLeftLetter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const letter = /\p{L}/u;

// 'rtl' or 'ltr' from the first letter (as dir="auto" decides), or undefined
// when there is none ("12", "") and the block keeps the page's direction.
export function textDirection(text: string | null | undefined): 'ltr' | 'rtl' | undefined {
  for (const character of text ?? '') {
    if (!letter.test(character)) continue;
    return rightToLeftLetter.test(character) ? 'rtl' : 'ltr';
  }
  return undefined;
}

// The lines of a text as typed, blank ones kept: "a\r\n\nb" -> ["a", "", "b"].
export function linesOf(text: string | null | undefined): string[] {
  return (text ?? '').split(/\r\n|\r|\n/);
}
