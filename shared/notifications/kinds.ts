/**
 * The catalog of in-app notifications a module may send. A kind is also the key of its text
 * in the i18n namespace `notifications` (`registration.electiveCancelled` → nested keys), in
 * ru, ky and en; its params are the values the text interpolates.
 */

export const NOTIFICATION_KINDS = [
  // an elective the student registered for was cancelled: choose another before `until`
  'registration.electiveCancelled',
  // a seat freed in a section the student waits for: accept before `until`
  'registration.waitlistOffered',
  // the offered seat was not accepted in time
  'registration.waitlistExpired',
  // the advisor returned the individual study plan (ИУП) with a note
  'registration.planReturned',
  // the advisor approved the individual study plan
  'registration.planApproved',
  // the registrar's office accepted the individual study plan
  'registration.planAccepted',
  // the dean's office approved a change of the individual study plan
  'registration.changeApproved',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * How a param is shown: `text` as given; `dateTime` is an ISO instant (or a `yyyy-mm-dd` day)
 * shown as a date and time in the university's zone, in the reader's language.
 */
export type NotificationParamType = 'text' | 'dateTime';

/** Every param each kind's text needs (all of them required). */
export const NOTIFICATION_PARAMS: Record<NotificationKind, Readonly<Record<string, NotificationParamType>>> = {
  'registration.electiveCancelled': { discipline: 'text', until: 'dateTime' },
  'registration.waitlistOffered': { discipline: 'text', section: 'text', until: 'dateTime' },
  'registration.waitlistExpired': { discipline: 'text', section: 'text' },
  'registration.planReturned': { note: 'text' },
  'registration.planApproved': {},
  'registration.planAccepted': {},
  'registration.changeApproved': {},
};

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** The i18n key of a kind's text. */
export function notificationTextKey(kind: NotificationKind): string {
  return `notifications:${kind}`;
}
