// The plain language check under a text box: a short summary (announced
// politely when a new answer arrives), jargon with a plain word to use instead,
// abbreviations to spell out, long and hard sentences, passive phrases, and the
// text itself with the findings marked and numbered (not by colour alone).

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { CheckResult, JargonFinding } from '../api/language';
import { useI18n } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';
import { replaceAt, segment, sliceByCodePoints } from '../text/codepoints';
import type { Range } from '../text/codepoints';
import type { LanguageCheck } from './useLanguageCheck';
import { shownScore } from '../text/scores';

type Props = {
  check: LanguageCheck;
  // The id of the text box the check belongs to.
  fieldId: string;
  onText: (text: string) => void;
};

const round = (value: number) => String(Math.round(value));
const easeShown = (result: CheckResult, ease: number) => shownScore(ease, result.target.min_reading_ease, 'higher');
const pisarekShown = (result: CheckResult, pisarek: number) => shownScore(pisarek, result.target.max_pisarek, 'lower');

export function summaryOf(t: Translate, result: CheckResult): string {
  const verdict = result.meets_target ? t('language.meets') : t('language.below');
  if (result.flesch_reading_ease !== null) return t('language.summaryEase', { score: easeShown(result, result.flesch_reading_ease), verdict });
  if (result.pisarek !== null) return t('language.summaryPisarek', { score: pisarekShown(result, result.pisarek), verdict });
  return t('language.summaryOther', { verdict });
}

// The reasons in the page's language (the server words its reasons in English only).
export function reasonsOf(t: Translate, result: CheckResult): string[] {
  const reasons: string[] = [];
  const unexplained = result.jargon.filter((item) => !item.explained).length;
  if (unexplained > 0) reasons.push(t('language.reasonJargon', { count: unexplained }));
  const ease = result.flesch_reading_ease;
  if (ease !== null && ease < result.target.min_reading_ease) {
    reasons.push(t('language.reasonEase', { score: easeShown(result, ease), target: round(result.target.min_reading_ease) }));
  }
  if (result.pisarek !== null && result.pisarek > result.target.max_pisarek) {
    reasons.push(t('language.reasonPisarek', { score: pisarekShown(result, result.pisarek), target: round(result.target.max_pisarek) }));
  }
  const long = result.long_sentences.length;
  if (long > 0) reasons.push(t('language.reasonLong', { count: long, words: result.target.max_sentence_words }));
  return reasons;
}

function Quote({ lang, children }: { lang: string; children: ComponentChildren }) {
  return (
    <q lang={lang} dir="auto" class="rt-language-check__quote">
      {children}
    </q>
  );
}

export function PlainLanguageCheck({ check, fieldId, onText }: Props) {
  const { t, language } = useI18n();
  const caret = useRef<number | null>(null);
  const id = `${fieldId}-check`;
  const result = check.result;
  const text = check.checkedText;
  const lang = check.locale;

  // After a replacement: the caret goes after the new words, and the text is checked again at once.
  useEffect(() => {
    if (caret.current === null) return;
    const position = caret.current;
    caret.current = null;
    const box = document.getElementById(fieldId) as HTMLTextAreaElement | null;
    if (box) {
      box.focus();
      box.setSelectionRange(position, position);
    }
    check.checkNow();
  }, [check.text]);

  const use = (item: JargonFinding) => {
    const replaced = replaceAt(check.text, item.offset, item.length, item.suggestion, item.found);
    if (!replaced) {
      check.checkNow();
      return;
    }
    caret.current = replaced.end;
    onText(replaced.text);
  };

  const jargon = result ? result.jargon.filter((item) => !item.explained) : [];
  const longOffsets = new Set(result ? result.long_sentences.map((sentence) => sentence.offset) : []);
  const hard = result ? result.hard_sentences.filter((sentence) => !longOffsets.has(sentence.offset)) : [];
  const ranges: Range[] = result
    ? [
        ...result.long_sentences.map((sentence, index) => ({ offset: sentence.offset, length: sentence.length, id: `long-${index + 1}` })),
        ...jargon.map((item, index) => ({ offset: item.offset, length: item.length, id: `jargon-${index + 1}` })),
      ]
    : [];
  const parts = result ? segment(text, ranges) : [];
  const reasons = result ? reasonsOf(t, result) : [];
  const usable = check.current && !check.checking;

  return (
    <div class="rt-language-check" id={id}>
      <h3 class="govuk-heading-s rt-language-check__heading">{t('language.heading')}</h3>
      <p class="govuk-body govuk-!-font-weight-bold" role="status" aria-live="polite" id={`${id}-summary`}>
        {result ? summaryOf(t, result) : ''}
      </p>
      {!result && !check.checking && !check.failed ? <p class="govuk-body-s">{t('language.waiting')}</p> : null}
      {check.failed ? <p class="govuk-body-s">{t('language.failed')}</p> : null}
      {result && !check.current ? <p class="govuk-body-s">{t('language.stale')}</p> : null}
      {result ? (
        <>
          {reasons.length ? (
            <ul class="govuk-list govuk-list--bullet">
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}

          {jargon.length ? (
            <>
              <h4 class="govuk-heading-s">{t('language.jargonHeading')}</h4>
              <ol class="govuk-list govuk-list--number rt-language-check__jargon">
                {jargon.map((item, index) => (
                  <li key={`${item.offset}-${item.found}`} id={`${id}-jargon-${index + 1}`}>
                    <p class="govuk-body govuk-!-margin-bottom-1">
                      {item.kind === 'acronym'
                        ? t('language.acronym', { found: item.found, plain: item.suggestion })
                        : t('language.jargon', { found: item.found, plain: item.suggestion })}
                    </p>
                    {item.explanation ? <p class="govuk-body-s govuk-!-margin-bottom-1">{item.explanation}</p> : null}
                    {usable && item.suggestion ? (
                      <button
                        type="button"
                        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-3"
                        onClick={() => use(item)}
                      >
                        {t('language.use', { plain: item.suggestion })}
                        <span class="govuk-visually-hidden"> {t('language.useInstead', { found: item.found, number: index + 1 })}</span>
                      </button>
                    ) : null}
                  </li>
                ))}
              </ol>
            </>
          ) : null}

          {result.long_sentences.length ? (
            <>
              <h4 class="govuk-heading-s">{t('language.longHeading', { words: result.target.max_sentence_words })}</h4>
              <ol class="govuk-list govuk-list--number">
                {result.long_sentences.map((sentence) => (
                  <li key={sentence.offset}>
                    {t('language.sentenceWords', { words: sentence.words })}{' '}
                    <Quote lang={lang}>{sliceByCodePoints(text, sentence.offset, sentence.length)}</Quote>
                  </li>
                ))}
              </ol>
            </>
          ) : null}

          {hard.length ? (
            <>
              <h4 class="govuk-heading-s">{t('language.hardHeading')}</h4>
              <ul class="govuk-list govuk-list--bullet">
                {hard.map((sentence) => (
                  <li key={sentence.offset}>
                    {sentence.reading_ease !== undefined ? `${t('language.sentenceEase', { score: round(sentence.reading_ease) })} ` : ''}
                    <Quote lang={lang}>{sliceByCodePoints(text, sentence.offset, sentence.length)}</Quote>
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          {result.passive.length ? (
            <>
              <h4 class="govuk-heading-s">{t('language.passiveHeading')}</h4>
              <p class="govuk-body-s">{t('language.passiveHint')}</p>
              <ul class="govuk-list govuk-list--bullet">
                {result.passive.map((phrase) => (
                  <li key={phrase.offset}>
                    <Quote lang={lang}>{phrase.text}</Quote>
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          {ranges.length ? (
            <>
              <h4 class="govuk-heading-s">{t('language.previewHeading')}</h4>
              <p class="govuk-body-s">{t('language.previewKey')}</p>
              <p class="govuk-body rt-language-check__preview" lang={lang} dir="auto" id={`${id}-preview`}>
                {parts.map((part, index) => {
                  const next = parts[index + 1];
                  const jargonId = part.ids.find((name) => name.startsWith('jargon-'));
                  const inLong = part.ids.some((name) => name.startsWith('long-'));
                  const longStarts = part.starts.filter((name) => name.startsWith('long-'));
                  const jargonEnds = jargonId && !(next && next.ids.includes(jargonId));
                  let content: ComponentChildren = part.text;
                  if (jargonId) content = <mark class="rt-language-check__mark">{content}</mark>;
                  if (inLong) content = <span class="rt-language-check__long">{content}</span>;
                  return (
                    <span key={index}>
                      {longStarts.map((name) => (
                        <strong key={name} class="rt-language-check__label" lang={language}>
                          {t('language.longLabel', { number: name.slice('long-'.length) })}
                        </strong>
                      ))}
                      {content}
                      {jargonEnds ? <sup class="rt-language-check__label" lang={language}>[{jargonId.slice('jargon-'.length)}]</sup> : null}
                    </span>
                  );
                })}
              </p>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
