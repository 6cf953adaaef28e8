import { useEffect, useState } from 'preact/hooks';
import { signOut } from '../api/auth';
import type { PageProps } from '../router/page';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSession } from '../session/session';

export function SignOutPage(_: PageProps) {
  const { t } = useI18n();
  const { state, signedOut } = useSession();
  const [done, setDone] = useState(false);
  usePageTitle(t('signOut.title'));

  useEffect(() => {
    if (state.status === 'loading') return;
    if (state.status === 'signed-out') {
      setDone(true);
      return;
    }
    // Whatever the server answers, this browser forgets the session.
    signOut()
      .catch(() => undefined)
      .finally(() => {
        signedOut();
        setDone(true);
      });
  }, [state.status, signedOut]);

  if (!done) return <Loading />;
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">{t('signOut.title')}</h1>
        <p class="govuk-body">{t('signOut.body')}</p>
        <p class="govuk-body">
          <Link class="govuk-link" href="/sign-in">
            {t('signOut.signInAgain')}
          </Link>
        </p>
      </div>
    </div>
  );
}
