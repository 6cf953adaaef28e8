// The one language picker (issue 13, item 1): a text input with a list of
// every language ICU names (GET /api/v1/languages), the partnership's common
// ones first. People type a language's name in the page's language, in English
// or in itself ("Tigrinya", "ትግርኛ") and choose it, or type its tag (ti, pt-BR).

import { useEffect, useRef, useState } from 'preact/hooks';
import { listLanguages } from '../api/languages';
import type { LanguageChoice } from '../api/languages';
import { useI18n } from '../i18n/i18n';
import { FieldErrorMessages } from './Fields';
import { languageName } from '../i18n/values';
import { addLanguage, languageOptionText, removeLanguage, resolveLanguage } from '../text/languagePick';
import type { PendingLanguage } from '../text/languagePick';

const cache = new Map<string, Promise<LanguageChoice[]>>();
// The lists that have come, so a page drawn later names languages at once
// rather than showing their tags ("ti") for a moment.
const arrived = new Map<string, LanguageChoice[]>();

// The list in the page's language, asked for once per page language.
export function useLanguageChoices(): LanguageChoice[] | null {
  const { language } = useI18n();
  const [choices, setChoices] = useState<LanguageChoice[] | null>(() => arrived.get(language) ?? null);
  useEffect(() => {
    let current = true;
    let loading = cache.get(language);
    if (!loading) {
      loading = listLanguages(language).then((answer) => answer.items);
      loading.then((items) => arrived.set(language, items)).catch(() => cache.delete(language));
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
  // Told of the words in the box as they are typed, matched or not.
  onText?: (text: string) => void;
  // When given, Enter in the box calls it instead of sending the form.
  onEnter?: () => void;
};

export function LanguagePicker({ id, name, label, hint, value, onValue, errors, onText, onEnter }: Props) {
  const { t } = useI18n();
  const choices = useLanguageChoices();
  const textOf = useLanguageText();
  const [typed, setTyped] = useState<string | null>(null);
  // Words that name no language are said so once the person leaves the box
  // (or sends the form, which says so by the box), not at every letter typed
  // on the way to a name.
  const [left, setLeft] = useState(false);
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
    setLeft(false);
    onText?.(text);
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
      <FieldErrorMessages id={id} errors={errors} />
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
        onKeyDown={(event) => {
          if (onEnter && event.key === 'Enter') {
            event.preventDefault();
            onEnter();
          }
        }}
        onBlur={() => {
          // Once chosen, the box shows the language's full name.
          if (value) setTyped(null);
          setLeft(true);
        }}
      />
      <datalist id={`${id}-list`}>
        {named.map((choice) => (
          <option key={choice.tag} value={languageOptionText(choice)} />
        ))}
      </datalist>
      <p id={`${id}-chosen`} class="govuk-body-s govuk-!-margin-top-1" aria-live="polite">
        {value ? t('languagePicker.chosen', { language: textOf(value) }) : shown.trim() && (left || hasError) ? t('languagePicker.notFound', { typed: shown.trim() }) : ''}
      </p>
    </div>
  );
}

type ListProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  values: string[];
  onValues: (values: string[]) => void;
  // The language chosen in the box but not yet added, and the words there:
  // the form sends a chosen one too (languagesWithPending).
  pending: PendingLanguage;
  // Merged into the pending language (the box reports its tag and its words apart).
  onPending: (change: Partial<PendingLanguage>) => void;
  errors?: string[];
};

// Several languages (an activity's), chosen from the same list as the one
// picker: those chosen listed with a Remove button each, the picker below to
// add another. The picker's box carries `id`, so errors for the field link to it.
export function LanguageListPicker({ id, name, label, hint, values, onValues, pending, onPending, errors }: ListProps) {
  const { t } = useI18n();
  const textOf = useLanguageText();
  const [round, setRound] = useState(0);
  const [addError, setAddError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const focusBox = useRef(false);

  // A new round draws an empty picker; the box keeps the focus when it had it.
  useEffect(() => {
    if (!focusBox.current) return;
    focusBox.current = false;
    document.getElementById(id)?.focus();
  }, [round]);

  const add = (keepFocus: boolean) => {
    if (!pending.tag) {
      setAddError(t('languagePicker.missing'));
      return;
    }
    setAddError(null);
    onValues(addLanguage(values, pending.tag));
    setStatus(t('languagePicker.added', { language: textOf(pending.tag) }));
    onPending({ tag: '', text: '' });
    focusBox.current = keepFocus;
    setRound(round + 1);
  };

  const remove = (tag: string) => {
    onValues(removeLanguage(values, tag));
    setStatus(t('languagePicker.removed', { language: textOf(tag) }));
    // The button is gone with its row: the focus goes to the box to add another.
    document.getElementById(id)?.focus();
  };

  const shownErrors = [...(errors ?? []), ...(addError ? [addError] : [])];

  return (
    <div class="govuk-form-group rt-language-list" data-language-list={name}>
      <fieldset class="govuk-fieldset" aria-describedby={hint ? `${id}-list-hint` : undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        {hint ? (
          <div id={`${id}-list-hint`} class="govuk-hint">
            {hint}
          </div>
        ) : null}
        {values.length ? (
          <ul class="govuk-list rt-language-list__chosen" id={`${id}-chosen-list`}>
            {values.map((tag) => (
              <li key={tag} data-language={tag} class="rt-language-list__item">
                <bdi>{textOf(tag)}</bdi>
                <button type="button" class="rt-link-button" onClick={() => remove(tag)}>
                  {t('languagePicker.remove')}
                  <span class="govuk-visually-hidden"> {textOf(tag)}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="govuk-body" id={`${id}-chosen-list`}>
            {t('languagePicker.noneChosen')}
          </p>
        )}
        <div class="rt-language-list__add">
          <LanguagePicker
            key={round}
            id={id}
            name={name}
            label={t('languagePicker.addLabel')}
            value={pending.tag}
            onValue={(tag) => onPending({ tag })}
            onText={(text) => onPending({ text })}
            onEnter={() => add(true)}
            errors={shownErrors}
          />
          <button type="button" class="govuk-button govuk-button--secondary" onClick={() => add(false)}>
            {t('languagePicker.add')}
          </button>
        </div>
        <p class="govuk-visually-hidden" role="status" aria-live="polite">
          {status}
        </p>
      </fieldset>
    </div>
  );
}
