import { fetchPerson, updatePerson } from '../api/people';
import type { PageProps } from '../router/page';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { FailureMessage } from '../components/FailureMessage';
import { setFlash } from '../components/flash';
import { Loading } from '../components/Loading';
import { useResource } from '../components/useResource';
import { shippedLanguageFor, useI18n } from '../i18n/i18n';
import { PersonForm } from '../people/PersonForm';
import { navigate } from '../router/router';
import { useSession } from '../session/session';

export function ProfileEditPage(_: PageProps) {
  const { t, setLanguage } = useI18n();
  const { me, updateUser } = useSession();
  const userId = me?.user.id ?? '';
  const person = useResource(() => fetchPerson(userId), [userId]);
  if (person.status === 'loading') return <Loading />;
  if (person.status === 'failed') return <FailureMessage error={person.error} />;
  return (
    <>
      <Breadcrumbs
        label={t('common.breadcrumbLabel')}
        items={[
          { text: t('nav.home'), href: '/' },
          { text: t('profile.title'), href: '/profile' },
        ]}
      />
      <PersonForm
        mode="self"
        person={person.data}
        organisations={[]}
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
