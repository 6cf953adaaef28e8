import type { FieldErrors } from '../api/types';
import type { MessageKey } from '../i18n/i18n';

// The server's own refusals of a new password (src/modules/accounts/passwords.cpp),
// word for word, and the message that says the same in the reader's language.
// tests/unit/shipped-texts.test.mjs holds these to the server's text.
export const serverPasswordMessages: Record<string, MessageKey> = {
  'Must be at least 10 characters. A few words together are easy to remember.': 'acceptInvite.serverTooShort',
  'Must be 256 characters or fewer.': 'acceptInvite.serverTooLong',
  'This password is too easy to guess. Try a few words together that mean something to you but not to others.': 'acceptInvite.serverGuessable',
};

// The errors with each known password refusal put in the reader's language;
// anything else is left as the server said it.
export function passwordErrorsInReaderLanguage(errors: FieldErrors, t: (key: MessageKey) => string): FieldErrors {
  const password = errors.password;
  if (!password) return errors;
  return { ...errors, password: password.map((message) => (serverPasswordMessages[message] ? t(serverPasswordMessages[message]) : message)) };
}
