import { useEffect, useState } from 'preact/hooks';
import { listOrganisations } from '../api/organisations';
import { sectors } from '../api/types';
import type { PageProps } from '../router/page';
import { FailureMessage } from '../components/FailureMessage';
import { Select } from '../components/Fields';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { TagNames, usePartnershipTags, useTagName } from '../components/Tags';
import { useI18n } from '../i18n/i18n';
import { sectorName } from '../i18n/values';
import { Link, navigate, useLocation } from '../router/router';
import { useSession } from '../session/session';
import { buildPath } from '../api/client';
import { takeFlash } from '../components/flash';
import { NotificationBanner } from '../components/NotificationBanner';
import { Table } from '../components/Table';

export function OrganisationListPage(_: PageProps) {
  const { t, language } = useI18n();
  const { isConvener } = useSession();
  const partnershipTags = usePartnershipTags();
  const tagName = useTagName();
  const { search } = useLocation();
  const sector = search.get('sector') ?? '';
  const interest = search.get('interest') ?? '';
  const after = search.get('after') ?? '';
  const [flash] = useState(takeFlash);
  const [sectorChoice, setSectorChoice] = useState(sector);
  const [interestChoice, setInterestChoice] = useState(interest);
  usePageTitle(t('organisations.title'));

  // Keep the filter fields in step with the address when the back button is used.
  useEffect(() => {
    setSectorChoice(sector);
    setInterestChoice(interest);
  }, [sector, interest]);

  const organisations = useResource(
    () => listOrganisations({ sector, interest, after: after || undefined }),
    [sector, interest, after],
  );

  const applyFilter = (event: Event) => {
    event.preventDefault();
    navigate(buildPath('/organisations', { sector: sectorChoice, interest: interestChoice }));
  };

  // The partnership's tags by their names in the reader's language (found
  // walking the first day in Arabic: a box for the tag's English code found
  // nothing for the Arabic name the page shows). The address keeps the code.
  const collator = new Intl.Collator(language);
  const interestChoices = [...new Set([...(partnershipTags?.keys() ?? []), ...(interest ? [interest] : [])])]
    .map((tag) => ({ value: tag, text: tagName(tag) }))
    .sort((a, b) => collator.compare(a.text, b.text));

  const filtered = !!sector || !!interest;

  return (
    <>
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <h1 class="govuk-heading-l">{t('organisations.title')}</h1>
      <p class="govuk-body">{t('organisations.intro')}</p>
      {isConvener ? (
        <Link href="/organisations/new" role="button" draggable={false} class="govuk-button" data-module="govuk-button">
          {t('organisations.add')}
        </Link>
      ) : null}
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-third">
          <form class="rt-filter" onSubmit={applyFilter} role="search" aria-label={t('organisations.filterLabel')}>
            <h2 class="govuk-heading-m">{t('common.filter')}</h2>
            <Select
              id="filter-sector"
              name="sector"
              label={t('organisation.sector')}
              value={sectorChoice}
              onValue={setSectorChoice}
              emptyChoice={t('organisations.anySector')}
              choices={sectors.map((value) => ({ value, text: sectorName(t, value) }))}
            />
            <Select
              id="filter-interest"
              name="interest"
              label={t('organisations.interest')}
              value={interestChoice}
              onValue={setInterestChoice}
              emptyChoice={t('organisations.anyInterest')}
              choices={interestChoices}
            />
            <button type="submit" class="govuk-button govuk-button--secondary">
              {t('common.applyFilter')}
            </button>
            {filtered ? (
              <p class="govuk-body">
                <Link class="govuk-link" href="/organisations">
                  {t('common.clearFilter')}
                </Link>
              </p>
            ) : null}
          </form>
        </div>
        <div class="govuk-grid-column-two-thirds">
          {organisations.status === 'loading' ? <Loading /> : null}
          {organisations.status === 'failed' ? <FailureMessage error={organisations.error} /> : null}
          {organisations.status === 'ready' && organisations.data.items.length === 0 ? (
            <p class="govuk-body">{filtered ? t('organisations.noneMatch') : t('organisations.none')}</p>
          ) : null}
          {organisations.status === 'ready' && organisations.data.items.length > 0 ? (
            <>
              <Table>
                <caption class="govuk-table__caption govuk-table__caption--m">{t('organisations.tableCaption')}</caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">{t('organisation.name')}</th>
                    <th scope="col" class="govuk-table__header">{t('organisation.sector')}</th>
                    <th scope="col" class="govuk-table__header">{t('organisation.interests')}</th>
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  {organisations.data.items.map((organisation) => (
                    <tr class="govuk-table__row" key={organisation.id}>
                      <td class="govuk-table__cell">
                        <Link class="govuk-link" href={`/organisations/${organisation.id}`}>
                          {organisation.name}
                        </Link>
                      </td>
                      <td class="govuk-table__cell">{sectorName(t, organisation.sector)}</td>
                      <td class="govuk-table__cell"><TagNames tags={organisation.interests} /></td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              {organisations.data.next_cursor ? (
                <p class="govuk-body">
                  <Link
                    class="govuk-link"
                    href={buildPath('/organisations', { sector, interest, after: organisations.data.next_cursor })}
                  >
                    {t('common.nextPage')}
                  </Link>
                </p>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
