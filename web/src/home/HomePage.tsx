import { useState } from 'preact/hooks';
import { fetchPartnership } from '../api/partnership';
import { sectors, stakeholderGroups } from '../api/types';
import type { PageProps } from '../router/page';
import { takeFlash } from '../components/flash';
import { NotLoaded } from '../components/NotLoaded';
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
      {partnership.status === 'ready' ? (
        <>
          <p class="govuk-body">{t('home.intro')}</p>
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-one-half">
              <CountTable
                caption={t('home.organisationsBySector')}
                heading={t('organisation.sector')}
                rows={sectors.map((sector) => ({
                  key: sector,
                  name: sectorName(t, sector),
                  href: `/organisations?sector=${sector}`,
                  count: partnership.data.summary.organisations_by_sector[sector] ?? 0,
                }))}
                totalName={t('home.total')}
                total={partnership.data.summary.organisations}
              />
            </div>
            <div class="govuk-grid-column-one-half">
              <CountTable
                caption={t('home.peopleByGroup')}
                heading={t('person.group')}
                rows={stakeholderGroups.map((group) => ({
                  key: group,
                  name: groupName(t, group),
                  href: `/people?group=${group}`,
                  count: partnership.data.summary.people_by_group[group] ?? 0,
                }))}
                totalName={t('home.totalPeople')}
                total={partnership.data.summary.people}
              />
              <p class="govuk-body-s">{t('home.groupsNote')}</p>
            </div>
          </div>
        </>
      ) : (
        <NotLoaded resource={partnership} />
      )}
    </>
  );
}

type CountTableProps = {
  caption: string;
  heading: string;
  // Each row links to the list it counts.
  rows: { key: string; name: string; href: string; count: number }[];
  totalName: string;
  total: number;
};

// How many there are of each kind, each linked to its list, and the total.
function CountTable({ caption, heading, rows, totalName, total }: CountTableProps) {
  const { t } = useI18n();
  return (
    <Table narrow>
      <caption class="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <TableHead columns={[heading, { text: t('home.count'), numeric: true }]} />
      <tbody class="govuk-table__body">
        {rows.map((row) => (
          <tr class="govuk-table__row" key={row.key}>
            <th scope="row" class="govuk-table__header">
              <Link class="govuk-link" href={row.href}>
                {row.name}
              </Link>
            </th>
            <td class="govuk-table__cell govuk-table__cell--numeric">{row.count}</td>
          </tr>
        ))}
        <tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{totalName}</th>
          <td class="govuk-table__cell govuk-table__cell--numeric">{total}</td>
        </tr>
      </tbody>
    </Table>
  );
}
