import { useState } from 'preact/hooks';
import { fetchPartnership } from '../api/partnership';
import { sectors, stakeholderGroups } from '../api/types';
import type { PageProps } from '../router/page';
import { FailureMessage } from '../components/FailureMessage';
import { takeFlash } from '../components/flash';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName, sectorName } from '../i18n/values';
import { useMyInvitationCount } from '../projects/myInvitations';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { Table, TableHead } from '../components/Table';
import { WhatNeedsYou } from './WhatNeedsYou';

export function HomePage(_: PageProps) {
  const { t } = useI18n();
  const { me, isConvener } = useSession();
  const [flash] = useState(takeFlash);
  const partnership = useResource(fetchPartnership, []);
  const invitationCount = useMyInvitationCount();
  usePageTitle(t('home.title'));

  return (
    <>
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      {invitationCount > 0 ? (
        <NotificationBanner heading={t('home.invitationsWaiting', { count: invitationCount })} titleId="invitations-banner-title">
          <p class="govuk-body">
            <Link class="govuk-notification-banner__link" href="/invitations">
              {t('home.invitationsLink')}
            </Link>
          </p>
        </NotificationBanner>
      ) : null}
      <span class="govuk-caption-l">{t('home.caption')}</span>
      <h1 class="govuk-heading-l">{partnership.data?.name ?? me?.partnership.name ?? t('home.title')}</h1>
      {me ? <p class="govuk-body-l">{t('home.welcome', { name: me.user.name })}</p> : null}
      {me ? <WhatNeedsYou isConvener={isConvener} /> : null}
      {partnership.status === 'loading' ? <Loading /> : null}
      {partnership.status === 'failed' ? <FailureMessage error={partnership.error} /> : null}
      {partnership.status === 'ready' ? (
        <>
          <p class="govuk-body">{t('home.intro')}</p>
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-one-half">
              <Table narrow>
                <caption class="govuk-table__caption govuk-table__caption--m">{t('home.organisationsBySector')}</caption>
                <TableHead columns={[t('organisation.sector'), { text: t('home.count'), numeric: true }]} />
                <tbody class="govuk-table__body">
                  {sectors.map((sector) => (
                    <tr class="govuk-table__row" key={sector}>
                      <th scope="row" class="govuk-table__header">
                        <Link class="govuk-link" href={`/organisations?sector=${sector}`}>
                          {sectorName(t, sector)}
                        </Link>
                      </th>
                      <td class="govuk-table__cell govuk-table__cell--numeric">
                        {partnership.data.summary.organisations_by_sector[sector] ?? 0}
                      </td>
                    </tr>
                  ))}
                  <tr class="govuk-table__row">
                    <th scope="row" class="govuk-table__header">{t('home.total')}</th>
                    <td class="govuk-table__cell govuk-table__cell--numeric">{partnership.data.summary.organisations}</td>
                  </tr>
                </tbody>
              </Table>
            </div>
            <div class="govuk-grid-column-one-half">
              <Table narrow>
                <caption class="govuk-table__caption govuk-table__caption--m">{t('home.peopleByGroup')}</caption>
                <TableHead columns={[t('person.group'), { text: t('home.count'), numeric: true }]} />
                <tbody class="govuk-table__body">
                  {stakeholderGroups.map((group) => (
                    <tr class="govuk-table__row" key={group}>
                      <th scope="row" class="govuk-table__header">
                        <Link class="govuk-link" href={`/people?group=${group}`}>
                          {groupName(t, group)}
                        </Link>
                      </th>
                      <td class="govuk-table__cell govuk-table__cell--numeric">
                        {partnership.data.summary.people_by_group[group] ?? 0}
                      </td>
                    </tr>
                  ))}
                  <tr class="govuk-table__row">
                    <th scope="row" class="govuk-table__header">{t('home.totalPeople')}</th>
                    <td class="govuk-table__cell govuk-table__cell--numeric">{partnership.data.summary.people}</td>
                  </tr>
                </tbody>
              </Table>
              <p class="govuk-body-s">{t('home.groupsNote')}</p>
            </div>
          </div>
        </>
      ) : null}
    </>
  );
}
