// An Easy Read version: one idea a line, each with its picture. The picture is
// decorative (the words say the same), so its alt text is empty.

import type { EasyReadLine } from './choose';
import { directionOf } from './choose';

export function EasyReadLines({ id, lines, language }: { id?: string; lines: EasyReadLine[]; language: string }) {
  return (
    <ul id={id} class="govuk-list rt-easy-read" lang={language} dir={directionOf(language)}>
      {lines.map((line, index) => (
        <li key={index} style={{ display: 'flex', alignItems: 'center', gap: '15px', marginBottom: '15px' }}>
          {line.pictogram ? (
            <img src={`/pictograms/${line.pictogram}.svg`} alt="" width={64} height={64} data-pictogram={line.pictogram} />
          ) : (
            <span style={{ display: 'inline-block', width: '64px', flex: 'none' }} />
          )}
          <span class="govuk-body-l govuk-!-margin-bottom-0">{line.text}</span>
        </li>
      ))}
    </ul>
  );
}
