import { useI18n } from '../i18n/i18n';
import { FieldErrorMessages } from './Fields';
import type { LocalDate } from '../text/activities';

type Props = {
  // The boxes are `${id}-day`, `${id}-month` and `${id}-year`: errors for the date link to the day.
  id: string;
  name: string;
  legend: string;
  // Said before the example ("For example, 27 3 2030").
  hint?: string;
  date: LocalDate;
  onDate: (date: LocalDate) => void;
  errors?: string[];
};

// GOV.UK's date input: day, month and year in three text boxes with a
// numeric keyboard, read by text/activities.ts (parseDate, isoFromDate) in
// any digits. Used in place of the browser's date box, which drops the Arabic-Indic
// digits an Arabic keyboard types.
export function DateInput({ id, name, legend, hint, date, onDate, errors = [] }: Props) {
  const { t } = useI18n();
  const hasError = errors.length > 0;
  const part = (field: keyof LocalDate, label: string, width: string) => (
    <div class="govuk-date-input__item">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-date-input__label" for={`${id}-${field}`}>
          {label}
        </label>
        <input
          class={`govuk-input govuk-date-input__input ${width}${hasError ? ' govuk-input--error' : ''}`}
          id={`${id}-${field}`}
          name={`${name}-${field}`}
          type="text"
          inputMode="numeric"
          value={date[field]}
          onInput={(event) => onDate({ ...date, [field]: (event.currentTarget as HTMLInputElement).value })}
        />
      </div>
    </div>
  );
  return (
    <div class={hasError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset class="govuk-fieldset" role="group" aria-describedby={`${id}-hint${hasError ? ` ${id}-error` : ''}`}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div id={`${id}-hint`} class="govuk-hint">
          {hint ? `${hint} ` : ''}
          {t('dateInput.example')}
        </div>
        <FieldErrorMessages id={id} errors={errors} />
        <div class="govuk-date-input">
          {part('day', t('dateInput.day'), 'govuk-input--width-2')}
          {part('month', t('dateInput.month'), 'govuk-input--width-2')}
          {part('year', t('dateInput.year'), 'govuk-input--width-4')}
        </div>
      </fieldset>
    </div>
  );
}
