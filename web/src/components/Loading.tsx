import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

// Shows a loading message only when a request is slow, so quick pages do not flicker.
export function Loading({ delayMilliseconds = 300 }: { delayMilliseconds?: number }) {
  const { t } = useI18n();
  const [visible, setVisible] = useState(delayMilliseconds === 0);
  useEffect(() => {
    const timer = window.setTimeout(() => setVisible(true), delayMilliseconds);
    return () => window.clearTimeout(timer);
  }, [delayMilliseconds]);
  return (
    <div class="rt-loading" role="status" aria-live="polite">
      {visible ? <p class="govuk-body">{t('common.loading')}</p> : null}
    </div>
  );
}
