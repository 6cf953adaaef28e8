// Form fields with govuk-frontend markup: a label, an optional hint, and the
// field's error messages next to it.

import type { ComponentChildren, JSX } from 'preact';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';

type FieldBase = {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
};

function describedBy(id: string, hint?: string, errors?: string[], more?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors && errors.length ? `${id}-error` : '', more ?? ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

// A field's error messages, each on its own line, with the id its input is described by.
export function FieldErrorMessages({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useI18n();
  if (!errors || errors.length === 0) return null;
  return (
    <p id={`${id}-error`} class="govuk-error-message">
      {errors.map((message, index) => (
        <span key={index} class="rt-error-line">
          <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
        </span>
      ))}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <div id={`${id}-hint`} class="govuk-hint">
      {hint}
    </div>
  ) : null;
}

function groupClass(errors?: string[]): string {
  return errors && errors.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group';
}

// A form group with the label, hint and errors above the one input it holds.
function LabelledField({ id, label, hint, errors, children }: FieldBase & { children: ComponentChildren }) {
  return (
    <div class={groupClass(errors)}>
      <label class="govuk-label govuk-label--s" for={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldErrorMessages id={id} errors={errors} />
      {children}
    </div>
  );
}

// A form group of checkboxes or radios: the legend, hint and errors over the choices.
function ChoiceFieldset({ id, label, hint, errors, choicesClass, children }: FieldBase & { choicesClass: string; children: ComponentChildren }) {
  return (
    <div class={groupClass(errors)}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, errors)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <Hint id={id} hint={hint} />
        <FieldErrorMessages id={id} errors={errors} />
        <div class={choicesClass}>{children}</div>
      </fieldset>
    </div>
  );
}

type TextInputProps = FieldBase & {
  name: string;
  value: string;
  onValue: (value: string) => void;
  type?: string;
  autocomplete?: string;
  widthClass?: string;
  spellcheck?: boolean;
  dir?: 'ltr' | 'rtl' | 'auto';
  // A number typed in a text input, as GOV.UK advises (the browser's number box drops
  // Arabic-Indic digits): the keyboard phones show; read it with text/digits.ts.
  inputMode?: 'numeric' | 'decimal';
  // The id of something else that describes the input, such as a check of its words shown after it.
  describedBy?: string;
};

export function TextInput(props: TextInputProps) {
  const { id, label, hint, errors, name, value, onValue, type = 'text', autocomplete, widthClass, spellcheck, dir, inputMode, describedBy: more } = props;
  const hasError = !!errors && errors.length > 0;
  return (
    <LabelledField id={id} label={label} hint={hint} errors={errors}>
      <input
        class={`govuk-input${widthClass ? ` ${widthClass}` : ''}${hasError ? ' govuk-input--error' : ''}`}
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        value={value}
        autocomplete={autocomplete}
        spellcheck={spellcheck}
        // What people type runs in its own direction: English typed on an Arabic page reads left to right.
        dir={dir ?? (type === 'text' || type === 'search' ? 'auto' : undefined)}
        aria-describedby={describedBy(id, hint, errors, more)}
        onInput={(event) => onValue((event.currentTarget as HTMLInputElement).value)}
      />
    </LabelledField>
  );
}

type TextAreaProps = FieldBase & {
  name: string;
  value: string;
  onValue: (value: string) => void;
  rows?: number;
};

export function TextArea({ id, label, hint, errors, name, value, onValue, rows = 5 }: TextAreaProps) {
  const hasError = !!errors && errors.length > 0;
  return (
    <LabelledField id={id} label={label} hint={hint} errors={errors}>
      <textarea
        class={`govuk-textarea${hasError ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        dir="auto"
        aria-describedby={describedBy(id, hint, errors)}
        onInput={(event) => onValue((event.currentTarget as HTMLTextAreaElement).value)}
      />
    </LabelledField>
  );
}

// `hint` is shown under a radio (GOV.UK advises against hints on small checkboxes).
// A choice's hint may hold a link ("Add your bank details"), so it is markup, not only words.
export type Choice = { value: string; text: string; lang?: string; hint?: ComponentChildren };

type SelectProps = FieldBase & {
  name: string;
  value: string;
  onValue: (value: string) => void;
  choices: Choice[];
  emptyChoice?: string;
};

export function Select({ id, label, hint, errors, name, value, onValue, choices, emptyChoice }: SelectProps) {
  const hasError = !!errors && errors.length > 0;
  return (
    <LabelledField id={id} label={label} hint={hint} errors={errors}>
      <select
        class={`govuk-select${hasError ? ' govuk-select--error' : ''}`}
        id={id}
        name={name}
        value={value}
        aria-describedby={describedBy(id, hint, errors)}
        onChange={(event) => onValue((event.currentTarget as HTMLSelectElement).value)}
      >
        {emptyChoice !== undefined ? <option value="">{emptyChoice}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} lang={choice.lang}>
            {choice.text}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

type CheckboxesProps = FieldBase & {
  name: string;
  values: string[];
  onValues: (values: string[]) => void;
  choices: Choice[];
};

// The id of the first checkbox is `${id}`, so error summary links land on it.
export function Checkboxes({ id, label, hint, errors, name, values, onValues, choices }: CheckboxesProps) {
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((item) => item !== value);
    onValues(choices.map((choice) => choice.value).filter((choiceValue) => next.includes(choiceValue)).concat(
      next.filter((item) => !choices.some((choice) => choice.value === item)),
    ));
  };
  return (
    <ChoiceFieldset id={id} label={label} hint={hint} errors={errors} choicesClass="govuk-checkboxes govuk-checkboxes--small">
      {choices.map((choice, index) => {
        const inputId = index === 0 ? id : `${id}-${index + 1}`;
        return (
          <div class="govuk-checkboxes__item" key={choice.value}>
            <input
              class="govuk-checkboxes__input"
              id={inputId}
              name={name}
              type="checkbox"
              value={choice.value}
              checked={values.includes(choice.value)}
              onChange={(event) => toggle(choice.value, (event.currentTarget as HTMLInputElement).checked)}
            />
            <label class="govuk-label govuk-checkboxes__label" for={inputId}>
              {choice.text}
            </label>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

type RadiosProps = FieldBase & {
  name: string;
  value: string;
  onValue: (value: string) => void;
  choices: Choice[];
};

// The id of the first radio is `${id}`, so error summary links land on it.
export function Radios({ id, label, hint, errors, name, value, onValue, choices }: RadiosProps) {
  return (
    <ChoiceFieldset id={id} label={label} hint={hint} errors={errors} choicesClass="govuk-radios">
      {choices.map((choice, index) => {
        const inputId = index === 0 ? id : `${id}-${index + 1}`;
        return (
          <div class="govuk-radios__item" key={choice.value}>
            <input
              class="govuk-radios__input"
              id={inputId}
              name={name}
              type="radio"
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={choice.hint ? `${inputId}-item-hint` : undefined}
              onChange={(event) => {
                if ((event.currentTarget as HTMLInputElement).checked) onValue(choice.value);
              }}
            />
            <label class="govuk-label govuk-radios__label" for={inputId}>
              {choice.text}
            </label>
            {choice.hint ? (
              <div id={`${inputId}-item-hint`} class="govuk-hint govuk-radios__hint">
                {choice.hint}
              </div>
            ) : null}
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

type ButtonProps = JSX.HTMLAttributes<HTMLButtonElement> & { busy?: boolean; busyText?: string; secondary?: boolean; warning?: boolean };

export function Button({ busy, busyText, secondary, warning, children, ...rest }: ButtonProps) {
  const variant = secondary ? ' govuk-button--secondary' : warning ? ' govuk-button--warning' : '';
  return (
    <button type="submit" class={`govuk-button${variant}`} aria-disabled={busy ? 'true' : undefined} {...rest}>
      {busy && busyText ? busyText : children}
    </button>
  );
}

type FormActionsProps = {
  busy: boolean;
  // Where "Cancel" goes: the page the form was opened from.
  cancelHref: string;
  // Said instead of "Cancel" ("Back to the barometer").
  cancelText?: string;
  warning?: boolean;
  // What the submit button says.
  children: ComponentChildren;
};

// The foot of a form: its submit button, which says "Saving…" while the form
// is sent, and the link back without saving.
export function FormActions({ busy, cancelHref, cancelText, warning, children }: FormActionsProps) {
  const { t } = useI18n();
  return (
    <div class="govuk-button-group">
      <Button warning={warning} busy={busy} busyText={t('common.saving')}>
        {children}
      </Button>
      <Link class="govuk-link" href={cancelHref}>
        {cancelText ?? t('common.cancel')}
      </Link>
    </div>
  );
}
