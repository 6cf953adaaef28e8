import { useI18n } from '../i18n/i18n';
import { FailureMessage } from './FailureMessage';
import { Loading } from './Loading';
import { usePageTitle } from './usePageTitle';
import type { Resource } from './useResource';

// What a page shows in place of itself until its data is there: "Loading"
// while any of it is on its way, then why it could not be loaded (the first
// that failed). Data that came but is not what the page needs (none, say) is
// shown as a failure too.
export function NotLoaded({ resource }: { resource: Resource<unknown> | Resource<unknown>[] }) {
  const resources = Array.isArray(resource) ? resource : [resource];
  if (resources.some((each) => each.status === 'loading')) return <Loading />;
  return <FailureMessage error={resources.find((each) => each.status === 'failed')?.error} />;
}

// The title of a page named from its data: "Loading" while the data loads,
// then `title` once there is one. None when loading failed: FailureMessage
// gives the page its title then.
export function useLoadingPageTitle(resource: Resource<unknown>, title: string | null | undefined, hasErrors = false): void {
  const { t } = useI18n();
  usePageTitle(title ?? (resource.status === 'loading' ? t('common.loading') : null), hasErrors);
}
