import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { listSignups, signUp } from '../api/activities';
import { listAllPeople } from '../api/people';
import type { FieldErrors, Person, Signup } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Checkboxes, Select } from '../components/Fields';
import { fieldProps, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useLanguageText } from '../components/LanguagePicker';
import { useI18n } from '../i18n/i18n';
import { accessNeedName, groupName } from '../i18n/values';
import { Link } from '../router/router';
import { useSuccessBannerFocus } from '../projects/focus';
import { OrganisersOnly } from './ActivityFormPage';
import { ActivityBreadcrumbs, BackToActivity, loadActivity } from './shared';
import type { ActivityWithProject } from './shared';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

const fieldIds = { person_id: 'signup-person', walk_in: 'signup-walk-in' };

type Loaded = ActivityWithProject & { signups: Signup[]; people: Person[] };

async function load(id: string): Promise<Loaded> {
  const loaded = await loadActivity(id);
  if (!loaded.activity.can_organise) return { ...loaded, signups: [], people: [] };
  const [signups, people] = await Promise.all([listSignups(id), listAllPeople()]);
  return { ...loaded, signups: signups.items, people };
}

export function SignupStatusTag({ signup }: { signup: Signup }) {
  const { t } = useI18n();
  return signup.status === 'place' ? (
    <strong class="govuk-tag govuk-tag--green">{t('signupStatus.place')}</strong>
  ) : (
    <strong class="govuk-tag govuk-tag--yellow">{t('signupStatus.waiting')}</strong>
  );
}

function SignUpSomeoneForm({ data, onSignedUp }: { data: Loaded; onSignedUp: (signup: Signup) => Promise<void> }) {
  const { t } = useI18n();
  const [personId, setPersonId] = useState('');
  const [walkIn, setWalkIn] = useState(false);
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, fieldIds);
  const signedUp = new Set(data.signups.map((signup) => signup.person_id));
  const people = data.people.filter((person) => !signedUp.has(person.id));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!personId) clientErrors.person_id = [t('signup.personMissing')];
    form.submit(
      async () => {
        // Their needs and language come from their profile.
        const signup = await signUp(data.activity.id, { person_id: personId, ...(walkIn ? { walk_in: true } : {}) });
        setPersonId('');
        setWalkIn(false);
        await onSignedUp(signup);
      },
      clientErrors,
      (error) => (error instanceof ApiError && error.status === 409 ? error.detail || t('signup.alreadySomeone') : null),
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('signup.someoneHeading')}</h2>
      <p class="govuk-body">{t('signup.someoneIntro')}</p>
      <Select
        {...field('person_id')}
        label={t('invitations.person')}
        value={personId}
        onValue={setPersonId}
        emptyChoice={t('project.choosePerson')}
        choices={people.map((person) => ({ value: person.id, text: person.name }))}
      />
      <Checkboxes
        {...field('walk_in')}
        label={t('signup.walkInLegend')}
        values={walkIn ? ['walk_in'] : []}
        onValues={(values) => setWalkIn(values.includes('walk_in'))}
        choices={[{ value: 'walk_in', text: t('signup.walkIn') }]}
      />
      <Button secondary busy={form.submitting} busyText={t('common.saving')}>
        {t('signup.someoneSubmit')}
      </Button>
    </form>
  );
}

export function PeoplePage({ parameters }: PageProps) {
  const { t, formatList } = useI18n();
  const languageText = useLanguageText();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const [updated, setUpdated] = useState<Loaded | null>(null);
  const [added, setAdded] = useState<Signup | null>(null);
  const data = updated ?? loaded.data;
  useLoadingPageTitle(loaded, data && t('coming.title', { title: data.activity.title }));

  useSuccessBannerFocus(added);

  if (loaded.status !== 'ready' || !data) return <NotLoaded resource={loaded} />;
  if (!data.activity.can_organise) return <OrganisersOnly />;
  const { activity, project, signups } = data;

  return (
    <>
      <ActivityBreadcrumbs project={project} activity={activity} />
      {added ? (
        <NotificationBanner
          kind="success"
          heading={added.status === 'place' ? t('signup.someonePlace', { name: added.name }) : t('signup.someoneWaiting', { name: added.name })}
        />
      ) : null}
      <span class="govuk-caption-l"><Title text={activity.title} /></span>
      <h1 class="govuk-heading-l">{t('coming.heading')}</h1>
      <p class="govuk-body">{t('coming.intro')}</p>
      {signups.length === 0 ? (
        <p class="govuk-body">{t('coming.none')}</p>
      ) : (
        <Table>
          <caption class="govuk-table__caption govuk-table__caption--m">{t('coming.caption', { count: signups.length })}</caption>
          <TableHead
            columns={[
              t('coming.name'),
              t('members.group'),
              t('coming.place'),
              t('person.accessNeeds'),
              t('signup.language'),
              t('coming.walkIn'),
            ]}
          />
          <tbody class="govuk-table__body">
            {signups.map((signup) => (
              <tr class="govuk-table__row" key={signup.id}>
                <td class="govuk-table__cell">
                  <Link class="govuk-link" href={`/people/${signup.person_id}`}>
                    {signup.name}
                  </Link>
                </td>
                <td class="govuk-table__cell">{groupName(t, signup.group)}</td>
                <td class="govuk-table__cell">
                  <SignupStatusTag signup={signup} />
                </td>
                <td class="govuk-table__cell">
                  {signup.access_needs.length ? formatList(signup.access_needs.map((need) => accessNeedName(t, need))) : t('common.none')}
                </td>
                <td class="govuk-table__cell">{languageText(signup.language)}</td>
                <td class="govuk-table__cell">{signup.walk_in ? t('common.yes') : t('common.no')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {activity.status !== 'cancelled' ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <SignUpSomeoneForm
              data={data}
              onSignedUp={async (signup) => {
                setUpdated(await load(activity.id));
                setAdded(signup);
              }}
            />
          </div>
        </div>
      ) : null}
      <BackToActivity activity={activity} />
    </>
  );
}
