// The Easy Read editor's check while someone writes: every line is checked
// together as one text, the way the server checks it on saving (one request
// 600 ms after typing stops, one at a time), against the Easy Read target.
// A line with a sentence over 15 words or with jargon says so next to its
// words, in text tied to the input; the summary under the lines is announced.

import { useMemo, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { reasonsOf, summaryOf } from '../language/PlainLanguageCheck';
import { useLanguageCheck } from '../language/useLanguageCheck';
import type { LanguageCheck } from '../language/useLanguageCheck';
import { easyReadText, rowKeyOfOffset } from './choose';
import type { EasyReadRow, EasyReadSpan } from './choose';

export type LineNote = { kind: 'long'; words: number } | { kind: 'jargon' | 'acronym'; found: string; plain: string };

export type EasyReadCheck = {
  check: LanguageCheck;
  // The notes for each row, by the row's key.
  notes: Map<number, LineNote[]>;
};

// Texts checked earlier are remembered with where their rows were, so an
// answer that arrives after more typing still lands on the right rows.
const rememberedLayouts = 100;

export function useEasyReadCheck(rows: readonly EasyReadRow[], locale: string): EasyReadCheck {
  const { text, spans } = useMemo(() => easyReadText(rows), [rows]);
  const layouts = useRef(new Map<string, EasyReadSpan[]>());
  // The rows as they are now win: saving gives the same words new keys.
  layouts.current.delete(text);
  layouts.current.set(text, spans);
  if (layouts.current.size > rememberedLayouts) layouts.current.delete(layouts.current.keys().next().value as string);

  const check = useLanguageCheck(text, locale, { easyRead: true });
  const notes = new Map<number, LineNote[]>();
  const result = check.result;
  const layout = result ? layouts.current.get(check.checkedText) : undefined;
  if (result && layout) {
    const add = (offset: number, note: LineNote) => {
      const key = rowKeyOfOffset(layout, offset);
      if (key === null) return;
      notes.set(key, [...(notes.get(key) ?? []), note]);
    };
    for (const sentence of result.long_sentences) add(sentence.offset, { kind: 'long', words: sentence.words });
    for (const item of result.jargon) {
      if (!item.explained) add(item.offset, { kind: item.kind === 'acronym' ? 'acronym' : 'jargon', found: item.found, plain: item.suggestion });
    }
  }
  return { check, notes };
}

// Next to a line's input; its id is in the input's aria-describedby.
export function EasyReadLineNotes({ id, line, notes }: { id: string; line: number; notes: LineNote[] }) {
  const { t } = useI18n();
  if (notes.length === 0) return null;
  return (
    <div id={id} class="rt-easy-read-line-check">
      <ul class="govuk-list govuk-body-s govuk-!-margin-bottom-0">
        {notes.map((note, index) => (
          <li key={index}>
            {note.kind === 'long'
              ? t('translations.easyRead.longSentence', { line, words: note.words })
              : note.kind === 'acronym'
                ? t('translations.easyRead.lineAcronym', { line, found: note.found, plain: note.plain })
                : t('translations.easyRead.lineJargon', { line, found: note.found, plain: note.plain })}
          </li>
        ))}
      </ul>
    </div>
  );
}

// Under the lines: the whole version against the Easy Read target.
export function EasyReadLiveSummary({ check }: { check: LanguageCheck }) {
  const { t } = useI18n();
  const result = check.result;
  const reasons = result ? reasonsOf(t, result) : [];
  return (
    <div class="rt-language-check" id="easy-read-live-check">
      <h3 class="govuk-heading-s rt-language-check__heading">{t('translations.easyRead.liveHeading')}</h3>
      <p class="govuk-body govuk-!-font-weight-bold" role="status" aria-live="polite" id="easy-read-live-check-summary">
        {result ? summaryOf(t, result) : ''}
      </p>
      {!result && !check.checking && !check.failed ? <p class="govuk-body-s">{t('language.waiting')}</p> : null}
      {check.failed ? <p class="govuk-body-s">{t('language.failed')}</p> : null}
      {result && !check.current ? <p class="govuk-body-s">{t('language.stale')}</p> : null}
      {reasons.length ? (
        <ul class="govuk-list govuk-list--bullet govuk-body-s">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
