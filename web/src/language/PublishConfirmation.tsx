// Publishing wording that is below the plain language target asks for a tick
// first. The check is made in the browser only: the server does not record it.

import { useState } from 'preact/hooks';
import { Checkboxes } from '../components/Fields';
import { useI18n } from '../i18n/i18n';
import type { LanguageCheck } from './useLanguageCheck';

export const confirmationField = 'plain_language_confirmed';
export const confirmationFieldId = 'plain-language-confirm';

export type PublishConfirmationState = {
  asked: boolean;
  confirmed: boolean;
  setConfirmed: (confirmed: boolean) => void;
  // At submit: checks the words as they are now; true when the person must tick the box first.
  blocks: (checks: LanguageCheck[]) => Promise<boolean>;
};

export function usePublishConfirmation(): PublishConfirmationState {
  const [asked, setAsked] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const blocks = async (checks: LanguageCheck[]) => {
    const results = await Promise.all(checks.map((check) => check.ensure()));
    const below = results.some((result) => result !== null && !result.meets_target);
    if (below) setAsked(true);
    return below && !confirmed;
  };
  return { asked, confirmed, setConfirmed, blocks };
}

export function PublishConfirmation({
  confirmation,
  checks,
  errors,
}: {
  confirmation: PublishConfirmationState;
  checks: LanguageCheck[];
  errors?: string[];
}) {
  const { t } = useI18n();
  const below = checks.some((check) => check.result !== null && !check.result.meets_target);
  if (!confirmation.asked || !below) return null;
  return (
    <div class="rt-publish-confirmation">
      <div class="govuk-warning-text">
        <span class="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong class="govuk-warning-text__text">
          <span class="govuk-visually-hidden">{t('language.warning')}</span>
          {t('language.belowTargetWarning')}
        </strong>
      </div>
      <Checkboxes
        id={confirmationFieldId}
        name={confirmationField}
        label={t('language.confirmLegend')}
        values={confirmation.confirmed ? ['yes'] : []}
        onValues={(values) => confirmation.setConfirmed(values.includes('yes'))}
        choices={[{ value: 'yes', text: t('language.confirm') }]}
        errors={errors}
      />
    </div>
  );
}
