import { listPeople } from '../api/people';
import { stakeholderGroups } from '../api/types';
import type { PageProps } from '../router/page';
import { Select, TextInput } from '../components/Fields';
import { FilteredList, useUrlFilter } from '../components/ListPage';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName, roleName } from '../i18n/values';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { Table, TableHead } from '../components/Table';

export function PeopleListPage(_: PageProps) {
  const { t, formatList } = useI18n();
  const { isConvener } = useSession();
  const filter = useUrlFilter('/people', ['group', 'q']);
  const { group, q: query } = filter.applied;
  usePageTitle(t('people.title'));

  const people = useResource(() => listPeople({ group, q: query, after: filter.after }), [group, query, filter.after]);

  return (
    <>
      <h1 class="govuk-heading-l">{t('people.title')}</h1>
      <p class="govuk-body">{t('people.intro')}</p>
      {isConvener ? (
        <Link href="/people/new" role="button" draggable={false} class="govuk-button">
          {t('people.add')}
        </Link>
      ) : null}
      <FilteredList
        filter={filter}
        label={t('people.filterLabel')}
        fields={
          <>
            <TextInput id="filter-q" name="q" label={t('people.search')} {...filter.field('q')} />
            <Select
              id="filter-group"
              name="group"
              label={t('person.group')}
              {...filter.field('group')}
              emptyChoice={t('people.anyGroup')}
              choices={stakeholderGroups.map((value) => ({ value, text: groupName(t, value) }))}
            />
          </>
        }
        list={people}
        none={t('people.none')}
        noneMatch={t('people.noneMatch')}
      >
        {(items) => (
          <Table>
            <caption class="govuk-table__caption govuk-table__caption--m">{t('people.tableCaption')}</caption>
            <TableHead columns={[t('person.name'), t('person.groups'), t('person.role')]} />
            <tbody class="govuk-table__body">
              {items.map((person) => (
                <tr class="govuk-table__row" key={person.id}>
                  <td class="govuk-table__cell">
                    <Link class="govuk-link" href={`/people/${person.id}`}>
                      {person.name}
                    </Link>
                    {/* Conveners see email (null when there is none); no email reaches them. */}
                    {person.email === null ? (
                      <span class="rt-no-email" data-no-email="true">
                        {t('people.noEmail')}
                      </span>
                    ) : null}
                  </td>
                  <td class="govuk-table__cell">{formatList(person.groups.map((value) => groupName(t, value)))}</td>
                  <td class="govuk-table__cell">
                    {person.role === 'convener' ? (
                      <strong class="govuk-tag govuk-tag--purple">{roleName(t, person.role)}</strong>
                    ) : (
                      roleName(t, person.role)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </FilteredList>
    </>
  );
}
