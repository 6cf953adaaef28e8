import { useEffect, useState } from 'preact/hooks';
import { buildPath } from '../api/client';
import { listPeople } from '../api/people';
import { stakeholderGroups } from '../api/types';
import type { PageProps } from '../router/page';
import { FailureMessage } from '../components/FailureMessage';
import { Select, TextInput } from '../components/Fields';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName, roleName } from '../i18n/values';
import { Link, navigate, useLocation } from '../router/router';
import { useSession } from '../session/session';
import { Table } from '../components/Table';

export function PeopleListPage(_: PageProps) {
  const { t, formatList } = useI18n();
  const { isConvener } = useSession();
  const { search } = useLocation();
  const group = search.get('group') ?? '';
  const query = search.get('q') ?? '';
  const after = search.get('after') ?? '';
  const [groupChoice, setGroupChoice] = useState(group);
  const [queryText, setQueryText] = useState(query);
  usePageTitle(t('people.title'));

  useEffect(() => {
    setGroupChoice(group);
    setQueryText(query);
  }, [group, query]);

  const people = useResource(() => listPeople({ group, q: query, after: after || undefined }), [group, query, after]);

  const applyFilter = (event: Event) => {
    event.preventDefault();
    navigate(buildPath('/people', { group: groupChoice, q: queryText.trim() }));
  };

  const filtered = !!group || !!query;

  return (
    <>
      <h1 class="govuk-heading-l">{t('people.title')}</h1>
      <p class="govuk-body">{t('people.intro')}</p>
      {isConvener ? (
        <Link href="/people/new" role="button" draggable={false} class="govuk-button">
          {t('people.add')}
        </Link>
      ) : null}
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-third">
          <form class="rt-filter" onSubmit={applyFilter} role="search" aria-label={t('people.filterLabel')}>
            <h2 class="govuk-heading-m">{t('common.filter')}</h2>
            <TextInput id="filter-q" name="q" label={t('people.search')} value={queryText} onValue={setQueryText} />
            <Select
              id="filter-group"
              name="group"
              label={t('person.group')}
              value={groupChoice}
              onValue={setGroupChoice}
              emptyChoice={t('people.anyGroup')}
              choices={stakeholderGroups.map((value) => ({ value, text: groupName(t, value) }))}
            />
            <button type="submit" class="govuk-button govuk-button--secondary">
              {t('common.applyFilter')}
            </button>
            {filtered ? (
              <p class="govuk-body">
                <Link class="govuk-link" href="/people">
                  {t('common.clearFilter')}
                </Link>
              </p>
            ) : null}
          </form>
        </div>
        <div class="govuk-grid-column-two-thirds">
          {people.status === 'loading' ? <Loading /> : null}
          {people.status === 'failed' ? <FailureMessage error={people.error} /> : null}
          {people.status === 'ready' && people.data.items.length === 0 ? (
            <p class="govuk-body">{filtered ? t('people.noneMatch') : t('people.none')}</p>
          ) : null}
          {people.status === 'ready' && people.data.items.length > 0 ? (
            <>
              <Table>
                <caption class="govuk-table__caption govuk-table__caption--m">{t('people.tableCaption')}</caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">{t('person.name')}</th>
                    <th scope="col" class="govuk-table__header">{t('person.groups')}</th>
                    <th scope="col" class="govuk-table__header">{t('person.role')}</th>
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  {people.data.items.map((person) => (
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
              {people.data.next_cursor ? (
                <p class="govuk-body">
                  <Link class="govuk-link" href={buildPath('/people', { group, q: query, after: people.data.next_cursor })}>
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
