import { Fragment } from 'preact';
import { linesOf } from '../text/direction';

// A text people typed over several lines (an address, minutes, a reason),
// each line isolated in its own direction (a <span dir="auto">), so on an
// Arabic page "12 High Street" under an Arabic line still reads "12 High
// Street". Its block takes its direction from the text with
// textDirection(text) (text/direction.ts), not dir="auto": dir="auto" skips
// children with a dir of their own, so it would find no letters and say ltr.
export function Lines({ text }: { text: string }) {
  return (
    <>
      {linesOf(text).map((line, index) => (
        <Fragment key={index}>
          {index > 0 ? <br /> : null}
          <span dir="auto">{line}</span>
        </Fragment>
      ))}
    </>
  );
}
