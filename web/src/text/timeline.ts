// A project's timeline events in words (found walking the first day in
// Arabic: "مريم يوسف: chaired" and "Name: decided" in every language, as the
// page had no words for the kinds `chaired` and `decided`). Unit tested
// (tests/unit/timeline.test.mjs), which also reads the server's source for
// the kinds it records and the words it names nameless events with.

import type { TimelineEventKind } from '../api/types';

// Each kind the server records, by its message: `name` is who or what it is
// about. Typed by the OpenAPI document's kinds, so a new one stops the build.
export const eventMessages: Record<TimelineEventKind, string> = {
  invited: 'timeline.event.invited',
  accepted: 'timeline.event.accepted',
  declined: 'timeline.event.declined',
  joined: 'timeline.event.joined',
  // The chair of an activity, at the activity's start.
  chaired: 'timeline.event.chaired',
  // A person who came to an activity; or one of the nameless events below.
  took_part: 'timeline.event.tookPart',
  // A proposal closed with a decision: `name` is the proposal's title.
  decided: 'timeline.event.decided',
  // An initiative of the project that ran, credited to a lead's group: `name` is its title.
  led_initiative: 'timeline.event.ledInitiative',
};

// A group took part without a person being named: the server records these
// with fixed English words in place of a name (contributions, surveys and
// decisions' commands.cpp), each worded here on its own.
export const namelessEvents: Record<string, string> = {
  'A contribution': 'timeline.event.contribution',
  'A survey response': 'timeline.event.surveyResponse',
  'Imported survey responses': 'timeline.event.surveyImported',
  'A proposal': 'timeline.event.proposal',
  'A vote': 'timeline.event.vote',
  'A comment': 'timeline.event.comment',
};

// The message for an event and what fills it; a kind the page does not know
// yet shows its name alone (`timeline.event.other`), never the kind's code.
export function eventMessage(kind: string, name: string): { key: string; parameters: { name: string } } {
  if (kind === 'took_part' && name in namelessEvents) return { key: namelessEvents[name], parameters: { name } };
  return { key: (eventMessages as Record<string, string>)[kind] ?? 'timeline.event.other', parameters: { name } };
}
