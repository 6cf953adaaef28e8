import { listAllOrganisations } from '../api/organisations';
import type { Organisation } from '../api/types';
import { fetchPerson, updatePerson } from '../api/people';
import type { PageProps } from '../router/page';
import { setFlash } from '../components/flash';
import { useResource } from '../components/useResource';
import { shippedLanguageFor, useI18n } from '../i18n/i18n';
import { PersonForm } from '../people/PersonForm';
import { navigate } from '../router/router';
import { useSession } from '../session/session';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded } from '../components/NotLoaded';

export function ProfileEditPage(_: PageProps) {
  const { t, setLanguage } = useI18n();
  const { me, isConvener, updateUser } = useSession();
  const userId = me?.user.id ?? '';
  const person = useResource(() => fetchPerson(userId), [userId]);
  // A convener may change their own organisations (the API refuses members), so only they are offered them.
  const organisations = useResource<Organisation[]>(() => (isConvener ? listAllOrganisations() : Promise.resolve([])), [isConvener]);
  if (person.status !== 'ready' || organisations.status !== 'ready') return <NotLoaded resource={[person, organisations]} />;
  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('profile.title'), href: '/profile' }]} />
      <PersonForm
        mode={isConvener ? 'convener-self' : 'self'}
        person={person.data}
        organisations={organisations.data}
        heading={t('profile.editTitle')}
        submitText={t('common.saveChanges')}
        cancelHref="/profile"
        save={async (fields) => {
          const saved = await updatePerson(userId, fields);
          updateUser(saved);
          // A newly chosen language that the interface ships in takes effect at once.
          const changedLanguage = saved.preferred_language !== person.data.preferred_language;
          const shipped = shippedLanguageFor(saved.preferred_language);
          if (changedLanguage && shipped) setLanguage(shipped);
          setFlash({ key: 'profile.saved' });
          navigate('/profile');
        }}
      />
    </>
  );
}
