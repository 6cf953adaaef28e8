import type { ComponentChildren } from 'preact';
import type { Organisation, Person } from '../api/types';
import { useLanguageText } from '../components/LanguagePicker';
import { TagNames } from '../components/Tags';
import { useI18n } from '../i18n/i18n';
import { accessNeedName, groupName, roleName } from '../i18n/values';
import { Link } from '../router/router';

type Row = { key: string; label: string; value: ComponentChildren };

// The summary list for one person, used on their page and on "My profile".
export function PersonSummary({ person, organisations }: { person: Person; organisations: Organisation[] | null }) {
  const { t, formatList } = useI18n();
  const languageText = useLanguageText();
  const organisationNames = person.organisation_ids.map((id) => organisations?.find((item) => item.id === id) ?? { id, name: id });
  const rows: Row[] = [
    { key: 'name', label: t('person.name'), value: person.name },
  ];
  if (person.email) rows.push({ key: 'email', label: t('person.email'), value: <span dir="ltr">{person.email}</span> });
  rows.push(
    { key: 'role', label: t('person.role'), value: roleName(t, person.role) },
    {
      key: 'groups',
      label: t('person.groups'),
      value: person.groups.length ? formatList(person.groups.map((group) => groupName(t, group))) : t('common.none'),
    },
    {
      key: 'organisations',
      label: t('person.organisations'),
      value: organisationNames.length ? (
        <ul class="govuk-list">
          {organisationNames.map((organisation) => (
            <li key={organisation.id}>
              <Link class="govuk-link" href={`/organisations/${organisation.id}`}>
                {organisation.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        t('common.none')
      ),
    },
    { key: 'interests', label: t('person.interests'), value: <TagNames tags={person.interests} none={t('common.none')} /> },
    { key: 'language', label: t('person.preferredLanguage'), value: languageText(person.preferred_language) },
  );
  if (person.access_needs) {
    rows.push({
      key: 'access',
      label: t('person.accessNeeds'),
      value: person.access_needs.length ? formatList(person.access_needs.map((need) => accessNeedName(t, need))) : t('common.none'),
    });
  }
  if (person.has_account !== undefined) rows.push({
    key: 'account',
    label: t('person.account'),
    value: person.has_account ? (
      <strong class="govuk-tag govuk-tag--green">{t('person.hasAccount')}</strong>
    ) : (
      <strong class="govuk-tag govuk-tag--grey">{t('person.noAccount')}</strong>
    ),
  });

  return (
    <dl class="govuk-summary-list">
      {rows.map((row) => (
        <div class="govuk-summary-list__row" key={row.key}>
          <dt class="govuk-summary-list__key">{row.label}</dt>
          <dd class="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
