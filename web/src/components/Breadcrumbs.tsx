import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';

// Each item is isolated in a <bdi>: a title people typed ("Tea and talk?")
// keeps its own direction on an Arabic page, and the chevrons (mirrored in
// _right-to-left.scss) stay between the items.
export type Crumb = { text: string; href: string };

export function Breadcrumbs({ items, label }: { items: Crumb[]; label: string }) {
  return (
    <nav class="govuk-breadcrumbs" aria-label={label}>
      <ol class="govuk-breadcrumbs__list">
        {items.map((item) => (
          <li class="govuk-breadcrumbs__list-item" key={item.href}>
            <Link class="govuk-breadcrumbs__link" href={item.href}>
              <bdi>{item.text}</bdi>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

// Home first, then the way down to the page: what nearly every page shows.
export function HomeBreadcrumbs({ items = [] }: { items?: Crumb[] }) {
  const { t } = useI18n();
  return <Breadcrumbs label={t('common.breadcrumbLabel')} items={[{ text: t('nav.home'), href: '/' }, ...items]} />;
}
