import { useEffect, useRef } from 'preact/hooks';
import type { FieldErrors } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { fieldIdFor } from '../text/tags';

type Props = {
  errors: FieldErrors;
  generalError?: string | null;
  // Maps a field name from the API to the id of its input.
  fieldIds: Record<string, string>;
  failureCount: number;
};

export function ErrorSummary({ errors, generalError, fieldIds, failureCount }: Props) {
  const { t } = useI18n();
  const summary = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).flatMap(([field, messages]) =>
    messages.map((message) => ({ field, message, id: fieldIdFor(field, fieldIds) })),
  );
  const hasErrors = entries.length > 0 || !!generalError;

  useEffect(() => {
    if (failureCount > 0 && summary.current) summary.current.focus();
  }, [failureCount]);

  if (!hasErrors) return null;

  const focusField = (event: MouseEvent, id: string) => {
    const input = document.getElementById(id);
    if (!input) return;
    event.preventDefault();
    const legendOrLabel = input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${id}"]`);
    (legendOrLabel ?? input).scrollIntoView();
    input.focus({ preventScroll: true });
  };

  return (
    <div class="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 class="govuk-error-summary__title">{t('errorSummary.title')}</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {generalError ? <li>{generalError}</li> : null}
            {entries.map((entry) => (
              <li key={`${entry.field}-${entry.message}`}>
                {entry.id ? (
                  <a href={`#${entry.id}`} onClick={(event) => focusField(event, entry.id!)}>
                    {entry.message}
                  </a>
                ) : (
                  entry.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
