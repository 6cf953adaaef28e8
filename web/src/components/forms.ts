import { useCallback, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import type { FieldErrors } from '../api/types';
import type { Translate } from '../i18n/i18n';
import { messagesFor } from '../text/tags';

export { exactMessages, formatTags, messagesFor, parseTags } from '../text/tags';

export function describeFailure(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t('error.unexpected');
  switch (error.code) {
    case 'network':
      return t('error.network');
    case 'forbidden':
      // The server's own reason ("Only the proposer and the project's organisers amend a proposal.").
      return error.detail || t('error.forbidden');
    case 'csrf':
      return t('error.csrf');
    case 'not_found':
      return error.detail || t('error.notFound');
    case 'conflict':
      return error.detail || t('error.conflict');
    case 'rate_limited':
      return t('error.rateLimited');
    case 'invalid':
      return error.detail || t('error.invalid');
    default:
      return error.detail || t('error.unexpected');
  }
}

export type FormState = {
  errors: FieldErrors;
  generalError: string | null;
  submitting: boolean;
  // Changes on every failed submit so the error summary takes focus again.
  failureCount: number;
};

// Runs a submit: client checks first, then the request; field errors from a
// 422 (or a 409 naming a field) land next to the fields and in the summary.
export function useFormSubmission(t: Translate) {
  const [state, setState] = useState<FormState>({ errors: {}, generalError: null, submitting: false, failureCount: 0 });

  const submit = useCallback(
    // `describe` words a failure the page knows better than the general message
    // (a 409 naming what is missing, say); it returns null for the rest.
    async (send: () => Promise<void>, clientErrors: FieldErrors = {}, describe?: (error: unknown) => string | null) => {
      if (Object.keys(clientErrors).length > 0) {
        setState((current) => ({
          errors: clientErrors,
          generalError: null,
          submitting: false,
          failureCount: current.failureCount + 1,
        }));
        return;
      }
      setState((current) => ({ ...current, submitting: true }));
      try {
        await send();
        setState((current) => ({ ...current, errors: {}, generalError: null, submitting: false }));
      } catch (error) {
        const fieldErrors = error instanceof ApiError ? error.errors : {};
        const hasFieldErrors = Object.keys(fieldErrors).length > 0;
        if (error instanceof ApiError && error.status === 401) {
          // The client has already sent the person to sign in.
          return;
        }
        setState((current) => ({
          errors: fieldErrors,
          generalError: hasFieldErrors ? null : (describe?.(error) ?? describeFailure(t, error)),
          submitting: false,
          failureCount: current.failureCount + 1,
        }));
      }
    },
    [t],
  );

  return { ...state, submit };
}

// What a form's field takes from its key in the API: the id of its input (the
// one the error summary links to), its name, and the messages for it from the
// server or the page. A field named otherwise gives its name after these.
export function fieldProps<Key extends string>(errors: FieldErrors, ids: Record<Key, string>) {
  return (key: Key) => ({ id: ids[key], name: key as string, errors: messagesFor(errors, key) });
}
