import { useState } from 'preact/hooks';
import { listAllOrganisations } from '../api/organisations';
import { fetchPerson } from '../api/people';
import type { PageProps } from '../router/page';
import { takeFlash } from '../components/flash';
import { NotLoaded } from '../components/NotLoaded';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { PersonSummary } from '../people/PersonSummary';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { AboutYouSummary } from './AboutYouPage';
import { CalendarFeed } from './CalendarFeed';

export function ProfilePage(_: PageProps) {
  const { t } = useI18n();
  const { me, isConvener } = useSession();
  const [flash] = useState(takeFlash);
  const userId = me?.user.id ?? '';
  const person = useResource(() => fetchPerson(userId), [userId]);
  const organisations = useResource(listAllOrganisations, []);
  usePageTitle(t('profile.title'));

  return (
    <>
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <h1 class="govuk-heading-l">{t('profile.title')}</h1>
      <p class="govuk-body">{isConvener ? t('profile.introConvener') : t('profile.intro')}</p>
      {person.status === 'ready' ? (
        <>
          <PersonSummary person={person.data} organisations={organisations.data ?? null} />
          <Link href="/profile/edit" role="button" draggable={false} class="govuk-button">
            {t('profile.edit')}
          </Link>
          <h2 class="govuk-heading-m">{t('profile.moreHeading')}</h2>
          <ul class="govuk-list" id="profile-more">
            <li>
              <Link class="govuk-link" href="/me/you-said-we-did">
                {t('nav.youSaidWeDid')}
              </Link>
              : {t('profile.youSaidWeDidAbout')}
            </li>
            <li>
              <Link class="govuk-link" href="/invitations">
                {t('nav.myInvitations')}
              </Link>
              : {t('profile.invitationsAbout')}
            </li>
          </ul>
          <AboutYouSummary />
          <CalendarFeed />
        </>
      ) : (
        <NotLoaded resource={person} />
      )}
    </>
  );
}
