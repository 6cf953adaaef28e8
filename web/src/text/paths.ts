// Pure helpers for app paths; unit tested without a browser.

// Matches "/organisations/:id/edit" against a path; returns the parameters or null.
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.replace(/\/+$/, '').split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const parameters: Record<string, string> = {};
  for (let index = 0; index < patternParts.length; index += 1) {
    const expected = patternParts[index];
    const actual = pathParts[index];
    if (expected.startsWith(':')) {
      try {
        parameters[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected !== actual) {
      return null;
    }
  }
  return parameters;
}

export function signInPathFor(returnTo: string): string {
  if (!returnTo || returnTo === '/' || returnTo.startsWith('/sign-in') || returnTo.startsWith('/sign-out')) {
    return '/sign-in';
  }
  return `/sign-in?next=${encodeURIComponent(returnTo)}`;
}

// The address printed on an invitation letter: "My invitations" beside the
// server's sign-in address (so under its public address, with any path it is
// served under), which signs the reader in first and then shows the invitation.
export function invitationsAddressFor(signInUrl: string): string {
  try {
    return new URL('invitations', signInUrl).href;
  } catch {
    return signInUrl;
  }
}

// Only same-site paths are followed after sign-in, never another site.
export function safeReturnPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

export function buildPath(path: string, query?: Record<string, string | number | undefined | null>): string {
  if (!query) return path;
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') parameters.set(key, String(value));
  }
  const text = parameters.toString();
  return text ? `${path}?${text}` : path;
}
