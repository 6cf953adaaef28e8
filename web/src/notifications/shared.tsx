// What the notifications pages share: a notification worded in the reader's
// language, with what fills each sentence (titles and names people typed,
// dates, amounts) in its own direction, and the names of topics.

import type { MessageKey, Translate } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n';
import type { Notification } from '../api/notifications';
import { Title } from '../components/Title';
import { formatDateTime } from '../text/dates';
import { formatPence } from '../text/money';
import { messageParts, wordNotification } from '../text/notifications';
import type { NotificationWording, Sentence } from '../text/notifications';

// A topic as the words after "about": "invitations to projects".
export function topicAbout(t: Translate, topic: string): string {
  const key = `notifications.topic.${topic}` as MessageKey;
  const text = t(key);
  return text === key ? t('notifications.topic.other') : text;
}

export function useWording(): (notification: Notification) => NotificationWording {
  const { language } = useI18n();
  const dateTime = (iso: string, timeZone: string) => {
    try {
      return formatDateTime(iso, language, timeZone || undefined);
    } catch {
      // A time zone this browser does not know: the reader's own clock instead.
      return formatDateTime(iso, language);
    }
  };
  return (notification) => wordNotification(notification, { dateTime, money: formatPence });
}

// One sentence, its placeholders filled; each filling goes through <Title>,
// so an English title keeps its punctuation on an Arabic page.
export function SentenceText({ sentence }: { sentence: Sentence }) {
  const { t } = useI18n();
  // Without parameters the translator answers the template as written.
  const template = t(sentence.key as MessageKey);
  return (
    <>
      {messageParts(template, sentence.parameters).map((part, index) => (part.filled ? <Title key={index} text={part.text} /> : part.text))}
    </>
  );
}
