import { useState } from 'preact/hooks';
import { listOrganisations } from '../api/organisations';
import { sectors } from '../api/types';
import type { PageProps } from '../router/page';
import { Select } from '../components/Fields';
import { FilteredList, useUrlFilter } from '../components/ListPage';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { TagNames, usePartnershipTags, useTagName } from '../components/Tags';
import { useI18n } from '../i18n/i18n';
import { sectorName } from '../i18n/values';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { takeFlash } from '../components/flash';
import { NotificationBanner } from '../components/NotificationBanner';
import { Table, TableHead } from '../components/Table';

export function OrganisationListPage(_: PageProps) {
  const { t, language } = useI18n();
  const { isConvener } = useSession();
  const partnershipTags = usePartnershipTags();
  const tagName = useTagName();
  const filter = useUrlFilter('/organisations', ['sector', 'interest']);
  const { sector, interest } = filter.applied;
  const [flash] = useState(takeFlash);
  usePageTitle(t('organisations.title'));

  const organisations = useResource(
    () => listOrganisations({ sector, interest, after: filter.after }),
    [sector, interest, filter.after],
  );

  // The partnership's tags by their names in the reader's language (found
  // walking the first day in Arabic: a box for the tag's English code found
  // nothing for the Arabic name the page shows). The address keeps the code.
  const collator = new Intl.Collator(language);
  const interestChoices = [...new Set([...(partnershipTags?.keys() ?? []), ...(interest ? [interest] : [])])]
    .map((tag) => ({ value: tag, text: tagName(tag) }))
    .sort((a, b) => collator.compare(a.text, b.text));

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
      <FilteredList
        filter={filter}
        label={t('organisations.filterLabel')}
        fields={
          <>
            <Select
              id="filter-sector"
              name="sector"
              label={t('organisation.sector')}
              {...filter.field('sector')}
              emptyChoice={t('organisations.anySector')}
              choices={sectors.map((value) => ({ value, text: sectorName(t, value) }))}
            />
            <Select
              id="filter-interest"
              name="interest"
              label={t('organisations.interest')}
              {...filter.field('interest')}
              emptyChoice={t('organisations.anyInterest')}
              choices={interestChoices}
            />
          </>
        }
        list={organisations}
        none={t('organisations.none')}
        noneMatch={t('organisations.noneMatch')}
      >
        {(items) => (
          <Table>
            <caption class="govuk-table__caption govuk-table__caption--m">{t('organisations.tableCaption')}</caption>
            <TableHead columns={[t('organisation.name'), t('organisation.sector'), t('organisation.interests')]} />
            <tbody class="govuk-table__body">
              {items.map((organisation) => (
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
        )}
      </FilteredList>
    </>
  );
}
