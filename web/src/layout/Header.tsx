import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSession } from '../session/session';

const colourPattern = /^#[0-9a-fA-F]{6}$/;

export function Header() {
  const { t } = useI18n();
  const { me } = useSession();
  const header = useRef<HTMLElement>(null);
  const name = me?.partnership.name || t('service.name');
  const colour = me?.partnership.colour;

  // The partnership's colour is the stripe under the header. It is set through
  // the DOM because the server's CSP allows no inline style attributes.
  useEffect(() => {
    if (!header.current) return;
    header.current.style.borderBottomColor = colour && colourPattern.test(colour) ? colour : '';
  }, [colour]);

  return (
    <header class="govuk-header rt-header" ref={header}>
      <div class="govuk-header__container govuk-width-container">
        <div class="govuk-header__logo rt-header__logo">
          <Link href="/" class="govuk-header__link govuk-header__link--homepage">
            <span class="rt-header__name">{name}</span>
          </Link>
        </div>
      </div>
    </header>
  );
}
