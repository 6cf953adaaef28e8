import { useState } from 'preact/hooks';
import { signIn } from '../api/auth';
import { ApiError } from '../api/client';
import type { FieldErrors } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Radios, TextInput } from '../components/Fields';
import { fieldProps, useFormSubmission } from '../components/forms';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from '../i18n/i18n';
import { navigate, useLocation } from '../router/router';
import { safeReturnPath, useSession } from '../session/session';

const fieldIds = { email: 'email', password: 'password', partnership_id: 'partnership_id' };

export function SignInPage(_: PageProps) {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const { search } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Filled when the server asks which partnership to open (rare).
  const [partnershipIds, setPartnershipIds] = useState<string[]>([]);
  const [partnershipId, setPartnershipId] = useState('');
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, fieldIds);
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  usePageTitle(t('signIn.title'), hasErrors);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!email.trim()) clientErrors.email = [t('signIn.emailMissing')];
    if (!password) clientErrors.password = [t('signIn.passwordMissing')];
    form.submit(async () => {
      try {
        const me = await signIn(email.trim(), password, partnershipIds.includes(partnershipId) ? partnershipId : undefined);
        signedIn(me);
        navigate(safeReturnPath(search.get('next')), { replace: true });
      } catch (error) {
        // One message for a wrong email or password, as the server gives one answer for both.
        if (error instanceof ApiError && error.code === 'choose_partnership') {
          const ids = (error.problem as { partnership_ids?: unknown }).partnership_ids;
          if (Array.isArray(ids)) setPartnershipIds(ids.map(String));
          throw new ApiError(422, { code: 'invalid', errors: { partnership_id: [t('signIn.choosePartnership')] } });
        }
        if (error instanceof ApiError && error.status === 401) {
          throw new ApiError(422, { code: 'invalid', errors: { email: [t('signIn.wrongDetails')] } });
        }
        throw error;
      }
    }, clientErrors);
  };

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
        <h1 class="govuk-heading-l">{t('signIn.title')}</h1>
        <p class="govuk-body">{t('signIn.intro')}</p>
        <form onSubmit={onSubmit} noValidate>
          <TextInput
            {...field('email')}
            type="email"
            autocomplete="email"
            spellcheck={false}
            dir="ltr"
            label={t('signIn.email')}
            value={email}
            onValue={setEmail}
          />
          <TextInput
            {...field('password')}
            type="password"
            autocomplete="current-password"
            label={t('signIn.password')}
            value={password}
            onValue={setPassword}
          />
          {partnershipIds.length > 1 ? (
            <Radios
              {...field('partnership_id')}
              label={t('signIn.choosePartnership')}
              hint={t('signIn.choosePartnershipHint')}
              value={partnershipId}
              onValue={setPartnershipId}
              choices={partnershipIds.map((value, index) => ({ value, text: t('signIn.partnershipNumber', { number: index + 1 }) }))}
            />
          ) : null}
          <Button busy={form.submitting} busyText={t('signIn.signingIn')}>
            {t('signIn.submit')}
          </Button>
        </form>
        <p class="govuk-body">{t('signIn.noAccount')}</p>
      </div>
    </div>
  );
}
