// Tags (interests, communities) chosen by their names, not typed as a comma
// list (issue 13, item 6): the partnership's tags as checkboxes, each named in
// the reader's language, and a way to add a new one from words in any script
// (the server makes the tag: GET /api/v1/tags/slug). Below them, folded
// away unless the partnership has no tags yet, the common tags the app names
// in every language, so a new partnership's first tags read well in Arabic
// and Polish too: topics for interests, people and communities for
// communities (text/tagNames.ts).

import { useState } from 'preact/hooks';
import { setTagLabels, tagFromWords } from '../api/tags';
import { shippedTags, useI18n } from '../i18n/i18n';
import { readableTag, shippedTagsOfKind } from '../text/tagNames';
import type { TagKind } from '../text/tagNames';
import { forgetTagLabels, usePartnershipTags, useTagName } from './Tags';
import { FieldErrorMessages } from './Fields';

// Words someone typed for a tag they added on this page, by tag.
export type AddedTags = Record<string, string>;

type Props = {
  id: string;
  name: string;
  // What is chosen: the common ones offered, and the example of a new one, follow it.
  kind: TagKind;
  label: string;
  hint?: string;
  values: string[];
  onValues: (values: string[]) => void;
  errors?: string[];
  // Told of each new tag and the words it was made from.
  onAdded?: (tag: string, words: string) => void;
  // At least one is needed (a project's interests): with no tags of the
  // partnership's own, the common ones are shown open rather than folded.
  needsOne?: boolean;
};

export function TagChooser({ id, name, kind, label, hint, values, onValues, errors, onAdded, needsOne }: Props) {
  const { t, language } = useI18n();
  const tags = usePartnershipTags();
  const tagName = useTagName();
  const [added, setAdded] = useState<AddedTags>({});
  const [words, setWords] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');

  // What was chosen when the page opened: a common tag ticked here stays
  // where it was ticked (focus is not lost to a list that moved).
  const [initial] = useState(values);

  const nameOf = (tag: string) => (tags?.has(tag) ? tagName(tag) : added[tag] ?? tagName(tag));
  const known = [...(tags?.keys() ?? [])];
  const offered = Array.from(new Set([...known, ...initial, ...values.filter((tag) => !shippedTags.includes(tag)), ...Object.keys(added)]));
  const common = tags ? shippedTagsOfKind(shippedTags, kind).filter((tag) => !offered.includes(tag)) : [];
  const collator = new Intl.Collator(language);
  const byName = (a: string, b: string) => collator.compare(nameOf(a), nameOf(b));
  offered.sort(byName);
  common.sort(byName);

  const toggle = (tag: string, on: boolean) => onValues(on ? (values.includes(tag) ? values : [...values, tag]) : values.filter((value) => value !== tag));

  const add = async () => {
    if (adding) return;
    const typed = words.trim();
    if (!typed) {
      setAddError(t(kind === 'communities' ? 'tagChooser.wordsMissingCommunities' : 'tagChooser.wordsMissing'));
      return;
    }
    setAdding(true);
    setAddError(null);
    try {
      const { tag } = await tagFromWords(typed);
      if (!tags?.has(tag)) setAdded((current) => ({ ...current, [tag]: typed }));
      if (!values.includes(tag)) onValues([...values, tag]);
      setWords('');
      setStatus(t('tagChooser.added', { tag: tags?.has(tag) ? tagName(tag) : typed }));
      if (!tags?.has(tag)) onAdded?.(tag, typed);
    } catch {
      setAddError(t('tagChooser.failed'));
    } finally {
      setAdding(false);
    }
  };

  const hasErrors = !!errors && errors.length > 0;
  const newId = offered.length === 0 ? id : `${id}-new`;
  const describedBy = [hint ? `${id}-hint` : '', hasErrors ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div class={hasErrors ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'} data-tag-chooser={name}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        {hint ? (
          <div id={`${id}-hint`} class="govuk-hint">
            {hint}
          </div>
        ) : null}
        <FieldErrorMessages id={id} errors={errors} />
        {offered.length ? (
          <div class="govuk-checkboxes govuk-checkboxes--small rt-tag-choices">
            {offered.map((tag, index) => (
              <TagBox key={tag} inputId={index === 0 ? id : `${id}-${index + 1}`} name={name} tag={tag} text={nameOf(tag)} values={values} toggle={toggle} />
            ))}
          </div>
        ) : null}
        {common.length ? (
          <details class="govuk-details rt-tag-common" open={needsOne && known.length === 0}>
            <summary class="govuk-details__summary">
              <span class="govuk-details__summary-text">{t('tagChooser.common')}</span>
            </summary>
            <div class="govuk-details__text">
              <div class="govuk-checkboxes govuk-checkboxes--small rt-tag-choices">
                {common.map((tag, index) => (
                  <TagBox key={tag} inputId={`${id}-common-${index + 1}`} name={name} tag={tag} text={nameOf(tag)} values={values} toggle={toggle} />
                ))}
              </div>
            </div>
          </details>
        ) : null}
        <div class={`govuk-form-group rt-tag-add${addError ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label" for={newId}>
            {t('tagChooser.addLabel')}
          </label>
          <div id={`${newId}-hint`} class="govuk-hint">
            {t(kind === 'communities' ? 'tagChooser.addHintCommunities' : 'tagChooser.addHint')}
          </div>
          {addError ? (
            <p id={`${newId}-error`} class="govuk-error-message">
              <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {addError}
            </p>
          ) : null}
          <div class="rt-tag-add__row">
            <input
              class={`govuk-input rt-tag-add__input${addError ? ' govuk-input--error' : ''}`}
              id={newId}
              type="text"
              dir="auto"
              value={words}
              aria-describedby={[`${newId}-hint`, addError ? `${newId}-error` : ''].filter(Boolean).join(' ')}
              onInput={(event) => setWords((event.currentTarget as HTMLInputElement).value)}
              onKeyDown={(event) => {
                // Enter adds the tag rather than sending the whole form.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void add();
                }
              }}
            />
            <button type="button" class="govuk-button govuk-button--secondary rt-tag-add__button" onClick={() => void add()} aria-disabled={adding ? 'true' : undefined}>
              {t('tagChooser.add')}
              <span class="govuk-visually-hidden"> {label}</span>
            </button>
          </div>
          <p class="govuk-visually-hidden" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      </fieldset>
    </div>
  );
}

type TagBoxProps = { inputId: string; name: string; tag: string; text: string; values: string[]; toggle: (tag: string, on: boolean) => void };

function TagBox({ inputId, name, tag, text, values, toggle }: TagBoxProps) {
  return (
    <div class="govuk-checkboxes__item">
      <input
        class="govuk-checkboxes__input"
        id={inputId}
        name={name}
        type="checkbox"
        value={tag}
        checked={values.includes(tag)}
        onChange={(event) => toggle(tag, (event.currentTarget as HTMLInputElement).checked)}
      />
      <label class="govuk-label govuk-checkboxes__label" for={inputId}>
        <bdi>{text}</bdi>
      </label>
    </div>
  );
}

// After a form with tags is saved: the partnership's tags are asked for again
// (new ones, new counts), and for a convener each new tag is named in the
// page's language with the words it was made from (unless those are just the
// tag made readable), so "bnk-alt-am" reads as the Arabic words that made it.
export async function afterTagsSaved(added: AddedTags, chosen: string[], language: string, canLabel: boolean): Promise<void> {
  if (canLabel) {
    const work = Object.entries(added)
      .filter(([tag, words]) => chosen.includes(tag) && words !== readableTag(tag))
      .map(([tag, words]) => setTagLabels(tag, { [language]: words }).catch(() => null));
    await Promise.all(work);
  }
  forgetTagLabels();
}

// The new tags a form's choosers added, to name them once the form is saved.
export function useAddedTags(): { added: AddedTags; onAdded: (tag: string, words: string) => void } {
  const [added, setAdded] = useState<AddedTags>({});
  return { added, onAdded: (tag, words) => setAdded((current) => ({ ...current, [tag]: words })) };
}
