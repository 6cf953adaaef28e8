import { useState } from 'preact/hooks';
import { acceptInvite } from '../api/auth';
import type { FieldErrors } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, TextInput } from '../components/Fields';
import { setFlash } from '../components/flash';
import { messagesFor, useFormSubmission } from '../components/forms';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from '../i18n/i18n';
import { navigate, useLocation } from '../router/router';
import { passwordErrorsInReaderLanguage } from '../text/passwords';
import { useSession } from '../session/session';

const minimumPasswordLength = 10;
const fieldIds = { password: 'password', confirmation: 'password-confirmation', token: 'password' };

export function AcceptInvitePage(_: PageProps) {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const { search } = useLocation();
  const token = search.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useFormSubmission(t);
  const errors = passwordErrorsInReaderLanguage(form.errors, t);
  const hasErrors = Object.keys(errors).length > 0 || !!form.generalError;
  usePageTitle(t('acceptInvite.title'), hasErrors);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!token) clientErrors.token = [t('acceptInvite.tokenMissing')];
    if (password.length < minimumPasswordLength) {
      clientErrors.password = [t('acceptInvite.passwordTooShort', { minimum: minimumPasswordLength })];
    } else if (password !== confirmation) {
      clientErrors.confirmation = [t('acceptInvite.passwordsDiffer')];
    }
    form.submit(async () => {
      const me = await acceptInvite(token, password);
      signedIn(me);
      setFlash({ key: 'acceptInvite.welcome', parameters: { name: me.user.name } });
      navigate('/', { replace: true });
    }, clientErrors);
  };

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
        <h1 class="govuk-heading-l">{t('acceptInvite.title')}</h1>
        <p class="govuk-body">{t('acceptInvite.intro')}</p>
        <form onSubmit={onSubmit} noValidate>
          <TextInput
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            label={t('acceptInvite.password')}
            hint={t('acceptInvite.passwordHint', { minimum: minimumPasswordLength })}
            value={password}
            onValue={setPassword}
            errors={[...messagesFor(errors, 'token'), ...messagesFor(errors, 'password')]}
          />
          <TextInput
            id="password-confirmation"
            name="password-confirmation"
            type="password"
            autocomplete="new-password"
            label={t('acceptInvite.confirmation')}
            value={confirmation}
            onValue={setConfirmation}
            errors={messagesFor(errors, 'confirmation')}
          />
          <Button busy={form.submitting} busyText={t('common.saving')}>
            {t('acceptInvite.submit')}
          </Button>
        </form>
      </div>
    </div>
  );
}
