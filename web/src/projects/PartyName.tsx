import { Link } from '../router/router';

// Who is in a project or invited to it, a person or an organisation, by name:
// a link to their page when the app has one, or the name alone (someone
// invited by email only).
export function PartyName({ name, href }: { name: string; href?: string }) {
  if (!href) return <>{name}</>;
  return (
    <Link class="govuk-link" href={href}>
      {name}
    </Link>
  );
}
