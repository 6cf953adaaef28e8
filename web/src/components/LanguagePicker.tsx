// The one language picker (issue 13, item 1): a text input with a list of
// every language ICU names (GET /api/v1/languages), the partnership's common
// ones first. People type a language's name in the page's language, in English
// or in itself ("Tigrinya", "ትግርኛ") and choose it, or type its tag (ti, pt-BR).

import { useEffect, useState } from 'preact/hooks';
import { listLanguages } from '../api/languages';
import type { LanguageChoice } from '../api/languages';
import { useI18n } from '../i18n/i18n';
import { languageName } from '../i18n/values';
import { languageOptionText, resolveLanguage } from '../text/languagePick';

const cache = new Map<string, Promise<LanguageChoice[]>>();

// The list in the page's language, asked for once per page language.
export function useLanguageChoices(): LanguageChoice[] | null {
  const { language } = useI18n();
  const [choices, setChoices] = useState<LanguageChoice[] | null>(null);
  useEffect(() => {
    let current = true;
    let loading = cache.get(language);
    if (!loading) {
      loading = listLanguages(language).then((answer) => answer.items);
      loading.catch(() => cache.delete(language));
      cache.set(language, loading);
    }
    loading.then((items) => current && setChoices(items)).catch(() => current && setChoices([]));
    return () => {
      current = false;
    };
  }, [language]);
  return choices;
}

// A language's name for the page: the app's own name (British Sign Language), then ICU's.
export function useLanguageText(): (tag: string) => string {
  const { t } = useI18n();
  const choices = useLanguageChoices();
  return (tag: string) => {
    const own = languageName(t, tag);
    if (own !== tag) return own;
    const found = choices?.find((choice) => choice.tag === tag);
    return found ? languageOptionText(found) : tag;
  };
}

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value: string;
  onValue: (tag: string) => void;
  errors?: string[];
};

export function LanguagePicker({ id, name, label, hint, value, onValue, errors }: Props) {
  const { t } = useI18n();
  const choices = useLanguageChoices();
  const textOf = useLanguageText();
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? (value ? textOf(value) : '');
  const hasError = !!errors && errors.length > 0;
  const describedBy = [`${id}-hint`, hasError ? `${id}-error` : '', `${id}-chosen`].filter(Boolean).join(' ');
  // The app's own names are matched too (British Sign Language has no ICU name).
  const named = (choices ?? []).map((choice) => {
    const own = languageName(t, choice.tag);
    return own !== choice.tag ? { ...choice, name: own } : choice;
  });

  const onInput = (text: string) => {
    setTyped(text);
    onValue(resolveLanguage(text, named) ?? '');
  };
  // Typed before the list arrived (a slow connection, a quick typist): look
  // the words up again once it is here, rather than leaving them unmatched.
  useEffect(() => {
    if (choices && typed !== null && typed.trim()) {
      const found = resolveLanguage(typed, named) ?? '';
      if (found !== value) onValue(found);
    }
  }, [choices]);

  return (
    <div class={hasError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label class="govuk-label govuk-label--s" for={id}>
        {label}
      </label>
      <div id={`${id}-hint`} class="govuk-hint">
        {hint ? `${hint} ` : ''}
        {t('languagePicker.hint')}
      </div>
      {hasError ? (
        <p id={`${id}-error`} class="govuk-error-message">
          {errors!.map((message, index) => (
            <span key={index} class="rt-error-line">
              <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
            </span>
          ))}
        </p>
      ) : null}
      <input
        class={`govuk-input govuk-!-width-two-thirds${hasError ? ' govuk-input--error' : ''}`}
        id={id}
        name={name}
        type="text"
        dir="auto"
        autocomplete="off"
        spellcheck={false}
        list={`${id}-list`}
        value={shown}
        aria-describedby={describedBy}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
        onBlur={() => {
          // Once chosen, the box shows the language's full name.
          if (value) setTyped(null);
        }}
      />
      <datalist id={`${id}-list`}>
        {named.map((choice) => (
          <option key={choice.tag} value={languageOptionText(choice)} />
        ))}
      </datalist>
      <p id={`${id}-chosen`} class="govuk-body-s govuk-!-margin-top-1" aria-live="polite">
        {value ? t('languagePicker.chosen', { language: textOf(value) }) : shown.trim() ? t('languagePicker.notFound', { typed: shown.trim() }) : ''}
      </p>
    </div>
  );
}
