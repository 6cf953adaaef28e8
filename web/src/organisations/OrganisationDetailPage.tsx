import { useState } from 'preact/hooks';
import { fetchOrganisation } from '../api/organisations';
import { listPeople } from '../api/people';
import type { PageProps } from '../router/page';
import { takeFlash } from '../components/flash';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { TagNames } from '../components/Tags';
import { useI18n } from '../i18n/i18n';
import { sectorName } from '../i18n/values';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { SummaryRow } from '../components/SummaryRow';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

function isWebAddress(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

export function OrganisationDetailPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const { isConvener } = useSession();
  const [flash] = useState(takeFlash);
  const organisation = useResource(() => fetchOrganisation(parameters.id), [parameters.id]);
  const people = useResource(() => listPeople({ organisation_id: parameters.id }), [parameters.id]);
  useLoadingPageTitle(organisation, organisation.data?.name);

  if (organisation.status !== 'ready') return <NotLoaded resource={organisation} />;
  const item = organisation.data;

  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('organisations.title'), href: '/organisations' }]} />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <span class="govuk-caption-l">{sectorName(t, item.sector)}</span>
      <h1 class="govuk-heading-l">{item.name}</h1>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('organisation.sector')}>{sectorName(t, item.sector)}</SummaryRow>
        <SummaryRow label={t('organisation.interests')}><TagNames tags={item.interests} none={t('common.none')} /></SummaryRow>
        <SummaryRow label={t('organisation.communities')}><TagNames tags={item.communities} none={t('common.none')} /></SummaryRow>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t('organisation.description')}</dt>
          <dd class="govuk-summary-list__value rt-preserve-lines" dir={textDirection(item.description || t('common.none'))}>
            <Lines text={item.description || t('common.none')} />
          </dd>
        </div>
        <SummaryRow label={t('organisation.website')}>
          {item.website && isWebAddress(item.website) ? (
            <a class="govuk-link" href={item.website} rel="noreferrer noopener" dir="ltr">
              {item.website}
            </a>
          ) : (
            t('common.none')
          )}
        </SummaryRow>
      </dl>
      {isConvener ? (
        <div class="govuk-button-group">
          <Link href={`/organisations/${item.id}/edit`} role="button" draggable={false} class="govuk-button">
            {t('organisations.edit')}
          </Link>
          <Link href={`/organisations/${item.id}/delete`} class="govuk-link">
            {t('organisations.delete')}
          </Link>
        </div>
      ) : null}
      <h2 class="govuk-heading-m">{t('organisations.peopleHeading')}</h2>
      {people.status === 'loading' ? <Loading /> : null}
      {people.status === 'ready' && people.data.items.length === 0 ? (
        <p class="govuk-body">{t('organisations.noPeople')}</p>
      ) : null}
      {people.status === 'ready' && people.data.items.length > 0 ? (
        <ul class="govuk-list">
          {people.data.items.map((person) => (
            <li key={person.id}>
              <Link class="govuk-link" href={`/people/${person.id}`}>
                {person.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
