import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/i18n';

type Props = {
  heading: string;
  kind?: 'success' | 'important';
  // A page with two banners gives the second its own title id.
  titleId?: string;
  children?: ComponentChildren;
};

export function NotificationBanner({ heading, kind = 'important', titleId = 'notification-banner-title', children }: Props) {
  const { t } = useI18n();
  const isSuccess = kind === 'success';
  return (
    <div
      class={`govuk-notification-banner${isSuccess ? ' govuk-notification-banner--success' : ''}`}
      role={isSuccess ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={-1}
      data-focus-on-arrival={isSuccess ? 'true' : undefined}
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id={titleId}>
          {isSuccess ? t('banner.success') : t('banner.important')}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
