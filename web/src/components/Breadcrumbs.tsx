import { Link } from '../router/router';

export type Crumb = { text: string; href: string };

export function Breadcrumbs({ items, label }: { items: Crumb[]; label: string }) {
  return (
    <nav class="govuk-breadcrumbs" aria-label={label}>
      <ol class="govuk-breadcrumbs__list">
        {items.map((item) => (
          <li class="govuk-breadcrumbs__list-item" key={item.href}>
            <Link class="govuk-breadcrumbs__link" href={item.href}>
              {item.text}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
