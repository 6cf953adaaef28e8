// Pure helpers for notifications (issue 15): each one worded in the reader's
// language from its kind and params (the server stores no sentence), and a
// message split round its placeholders so that what fills them (titles and
// names people typed, dates, amounts) can be drawn in its own direction. Unit tested without a browser
// (tests/unit/notifications.test.mjs), so nothing here imports.

// One sentence: a message key and what fills its {placeholders}.
export type Sentence = { key: string; parameters: Record<string, string> };

export type NotificationWording = {
  headline: Sentence;
  details: Sentence[];
  // Someone's own words quoted (an organiser's answer, a reason), shown as
  // they wrote them, after a label (a message key).
  quote: { label: string; text: string } | null;
};

export type Formatters = {
  // A moment in the activity's own time zone, in the reader's language.
  dateTime: (iso: string, timeZone: string) => string;
  money: (pence: number) => string;
};

type Shape = { kind: string; params: Record<string, unknown> };

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

function sentence(key: string, parameters: Record<string, string> = {}): Sentence {
  return { key, parameters };
}

const activityKinds = new Set(['activity_confirmation', 'activity_reminder', 'activity_changed', 'activity_cancelled', 'waiting_list_place']);
const answerStatuses = new Set(['adopted', 'partly_adopted', 'not_adopted']);
const claimStatuses = new Set(['approved', 'rejected', 'paid']);
const sectionStatuses = new Set(['not_started', 'on_track', 'at_risk', 'done', 'dropped']);

function invitation(params: Record<string, unknown>): NotificationWording {
  const project = text(params.project_title);
  const sender = text(params.sender_name);
  const organisation = text(params.organisation_name);
  const details: Sentence[] = [];
  if (text(params.code)) details.push(sentence('notifications.invitation.code', { code: text(params.code) }));
  if (organisation) {
    const key = sender ? 'notifications.invitation.organisation' : 'notifications.invitation.organisationNoSender';
    return { headline: sentence(key, { sender, organisation, project }), details, quote: null };
  }
  const key = sender ? 'notifications.invitation.you' : 'notifications.invitation.youNoSender';
  return { headline: sentence(key, { sender, project }), details, quote: null };
}

function activity(kind: string, params: Record<string, unknown>, format: Formatters): NotificationWording {
  const parameters = { activity: text(params.activity_title), date: format.dateTime(text(params.starts_at), text(params.time_zone)) };
  const waiting = params.waiting === true;
  let key = `notifications.${kind}`;
  if (kind === 'activity_confirmation') key = waiting ? 'notifications.activity_confirmation.waiting' : 'notifications.activity_confirmation.place';
  const details: Sentence[] = [];
  const place = text(params.place);
  if (place && kind !== 'activity_cancelled') details.push(sentence('notifications.activity.place', { place }));
  // A confirmation says so itself; the others add it, so nobody turns up expecting a place.
  if (waiting && (kind === 'activity_reminder' || kind === 'activity_changed')) details.push(sentence('notifications.activity.stillWaiting'));
  return { headline: sentence(key, parameters), details, quote: null };
}

function answer(params: Record<string, unknown>): NotificationWording {
  const status = text(params.status);
  const details = answerStatuses.has(status) ? [sentence(`notifications.contribution_answered.${status}`)] : [];
  const response = text(params.response).trim();
  return {
    headline: sentence('notifications.contribution_answered', { project: text(params.project_title) }),
    details,
    quote: response ? { label: 'notifications.contribution_answered.response', text: response } : null,
  };
}

// A living document's objective or action that someone's words shaped has moved on.
function shapedProgress(params: Record<string, unknown>): NotificationWording {
  const status = text(params.section_status);
  const details = sectionStatuses.has(status) ? [sentence(`notifications.shaped_progress.${status}`)] : [];
  const note = text(params.note).trim();
  return {
    headline: sentence('notifications.shaped_progress', { section: text(params.section_heading), document: text(params.document_title) }),
    details,
    quote: note ? { label: 'notifications.shaped_progress.note', text: note } : null,
  };
}

function decision(params: Record<string, unknown>): NotificationWording {
  const key = params.passed === true ? 'notifications.decision_closed.passed' : 'notifications.decision_closed.notPassed';
  return {
    headline: sentence(key, { proposal: text(params.proposal_title), project: text(params.project_title) }),
    details: [],
    quote: null,
  };
}

function claim(params: Record<string, unknown>, format: Formatters): NotificationWording {
  const status = text(params.status);
  const pence = typeof params.amount_pence === 'number' ? params.amount_pence : Number(params.amount_pence);
  const amount = Number.isFinite(pence) ? format.money(pence) : '';
  const key = claimStatuses.has(status) ? `notifications.claim_decided.${status}` : 'notifications.claim_decided.other';
  const reason = text(params.reason).trim();
  const quote = status === 'rejected' && reason ? { label: 'notifications.claim_decided.reason', text: reason } : null;
  return { headline: sentence(key, { amount }), details: [], quote };
}

export function wordNotification(notification: Shape, format: Formatters): NotificationWording {
  const params = notification.params ?? {};
  if (notification.kind === 'project_invitation') return invitation(params);
  if (activityKinds.has(notification.kind)) return activity(notification.kind, params, format);
  if (notification.kind === 'contribution_answered') return answer(params);
  if (notification.kind === 'shaped_progress') return shapedProgress(params);
  if (notification.kind === 'decision_closed') return decision(params);
  if (notification.kind === 'claim_decided') return claim(params, format);
  // A kind this page does not know yet still leads to its page.
  return { headline: sentence('notifications.unknown'), details: [], quote: null };
}

export type MessagePart = { text: string; filled: boolean };

// "{sender} invited you to {project}." with its placeholders filled, as parts:
// the message's own words, and what was filled in. Unknown placeholders stay as written.
export function messageParts(template: string, parameters: Record<string, string>): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1];
    if (!(name in parameters)) continue;
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: template.slice(last, start), filled: false });
    parts.push({ text: parameters[name], filled: true });
    last = start + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last), filled: false });
  // Neighbouring plain words join up, so the page has as few pieces as it needs.
  return parts.reduce<MessagePart[]>((joined, part) => {
    const previous = joined[joined.length - 1];
    if (previous && !previous.filled && !part.filled) previous.text += part.text;
    else joined.push({ ...part });
    return joined;
  }, []);
}

// How many to show in the header's badge: 99+ past 99, so it never grows wide.
export function badgeCount(count: number): string {
  return count > 99 ? '99+' : String(count);
}
