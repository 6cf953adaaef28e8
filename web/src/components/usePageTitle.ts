import { useEffect } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';

// Sets the document title to "Page – Partnership", with "Error: " first when
// the page shows errors, as GOV.UK pages do.
export function usePageTitle(pageName: string | null, hasErrors = false): void {
  const { t } = useI18n();
  const { me } = useSession();
  const siteName = me?.partnership.name || t('service.name');
  useEffect(() => {
    if (pageName === null) return;
    const title = t('page.title', { page: pageName, site: siteName });
    document.title = hasErrors ? t('page.errorTitle', { title }) : title;
  }, [pageName, siteName, hasErrors, t]);
}
