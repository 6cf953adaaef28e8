import { useI18n } from '../i18n/i18n';

// Moves focus into <main> itself, not only the scroll position, so the next
// Tab continues from the main content.
export function SkipLink() {
  const { t } = useI18n();
  const skip = (event: MouseEvent) => {
    const main = document.getElementById('main-content');
    if (!main) return;
    event.preventDefault();
    main.setAttribute('tabindex', '-1');
    main.focus();
    main.scrollIntoView();
  };
  return (
    <a href="#main-content" class="govuk-skip-link" onClick={skip}>
      {t('layout.skipLink')}
    </a>
  );
}
