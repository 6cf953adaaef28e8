import { listAllOrganisations } from '../api/organisations';
import { createPerson, fetchPerson, updatePerson } from '../api/people';
import type { PageProps } from '../router/page';
import { setFlash } from '../components/flash';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { ConvenersOnly } from '../components/ConvenersOnly';
import { navigate } from '../router/router';
import { useSession } from '../session/session';
import { PersonForm } from './PersonForm';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded } from '../components/NotLoaded';

export function PersonNewPage(_: PageProps) {
  const { t } = useI18n();
  const { isConvener } = useSession();
  const organisations = useResource(listAllOrganisations, []);
  if (!isConvener) return <ConvenersOnly />;
  if (organisations.status !== 'ready') return <NotLoaded resource={organisations} />;
  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('people.title'), href: '/people' }]} />
      <PersonForm
        mode="convener-create"
        organisations={organisations.data}
        heading={t('people.addTitle')}
        submitText={t('people.addSubmit')}
        cancelHref="/people"
        save={async (fields) => {
          const created = await createPerson(fields);
          setFlash({
            key: created.invite_url ? 'people.addedWithInvite' : fields.send_sign_in_link === false ? 'people.addedLinkLater' : 'people.added',
            parameters: { name: created.name, email: created.invitation_emailed_to ?? '' },
            inviteUrl: created.invite_url ?? undefined,
          });
          navigate(`/people/${created.id}`);
        }}
      />
    </>
  );
}

export function PersonEditPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const { isConvener, me, updateUser } = useSession();
  const person = useResource(() => fetchPerson(parameters.id), [parameters.id]);
  const organisations = useResource(listAllOrganisations, []);
  if (!isConvener) return <ConvenersOnly />;
  if (person.status !== 'ready' || organisations.status !== 'ready') return <NotLoaded resource={[person, organisations]} />;
  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('people.title'), href: '/people' }, { text: person.data.name, href: `/people/${person.data.id}` }]} />
      <PersonForm
        mode="convener-edit"
        person={person.data}
        organisations={organisations.data}
        heading={t('people.editTitle', { name: person.data.name })}
        submitText={t('common.saveChanges')}
        cancelHref={`/people/${person.data.id}`}
        save={async (fields) => {
          const saved = await updatePerson(parameters.id, fields);
          if (me?.user.id === saved.id) updateUser(saved);
          setFlash({ key: 'people.saved' });
          navigate(`/people/${saved.id}`);
        }}
      />
    </>
  );
}
