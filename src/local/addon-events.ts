// Builds the event objects Gmail passes to an add-on's triggers and callbacks: homepage, message open, compose and widget actions.

import { zonedTime } from './time-zone';

type EventObject = GoogleAppsScript.Addons.EventObject;

/** What every event says about the user's client. */
export interface EventContext {
  userLocale?: string;
  /** An IANA zone id such as "Europe/Berlin". */
  timeZone?: string;
  platform?: GoogleAppsScript.Addons.Platform;
  /** The moment the event happens; it fixes the zone's offset (daylight saving). */
  now?: Date;
}

/** Legacy mirrors Apps Script still fills in next to commonEventObject. */
export interface LegacyEventFields {
  parameters: Record<string, string>;
  formInput: Record<string, string>;
  formInputs: Record<string, string[]>;
  messageMetadata?: { accessToken: string; messageId: string };
}

export type AddonEvent = EventObject & Partial<LegacyEventFields>;

const TOKEN_PREFIX = 'fake-gmail-access-token:';

/** The access token a message-open event carries; the fake Gmail only opens that message's thread with it. */
export function accessTokenFor(messageId: string): string {
  return TOKEN_PREFIX + messageId;
}

/** The message id an access token from `accessTokenFor` was issued for, or null for any other string. */
export function messageIdOfAccessToken(token: string): string | null {
  return token.startsWith(TOKEN_PREFIX) ? token.slice(TOKEN_PREFIX.length) : null;
}

/** The event a homepage trigger receives: no message, no widget state. */
export function homepageEvent(context: EventContext = {}): AddonEvent {
  return { commonEventObject: common(context) };
}

/** The event the Gmail contextual trigger receives when the user opens a message. */
export function gmailMessageEvent(message: { messageId: string; threadId: string }, context: EventContext = {}): AddonEvent {
  const accessToken = accessTokenFor(message.messageId);
  return {
    commonEventObject: common(context),
    gmail: { messageId: message.messageId, threadId: message.threadId, accessToken },
    messageMetadata: { accessToken, messageId: message.messageId },
  };
}

/** The event the compose trigger receives with draftAccess METADATA: the draft's recipients, no body. */
export function composeEvent(
  recipients: { to?: string[]; cc?: string[]; bcc?: string[]; threadId?: string },
  context: EventContext = {},
): AddonEvent {
  return {
    commonEventObject: common(context),
    gmail: {
      accessToken: accessTokenFor('compose'),
      toRecipients: recipients.to ?? [],
      ccRecipients: recipients.cc ?? [],
      bccRecipients: recipients.bcc ?? [],
      ...(recipients.threadId ? { threadId: recipients.threadId } : {}),
    } as GoogleAppsScript.Addons.GmailEventObject,
  };
}

/**
 * The event a widget's action callback receives: the event of the card it sits on, plus the action's
 * parameters and the current form values. V8 add-ons get string inputs as
 * `commonEventObject.formInputs[name].stringInputs.value` (the `[""]` level exists only under Rhino).
 */
export function actionEvent(
  from: AddonEvent,
  input: { parameters?: Record<string, string>; formInputs?: Record<string, string | string[]> } = {},
): AddonEvent {
  const parameters = { ...(input.parameters ?? {}) };
  const values = Object.fromEntries(
    Object.entries(input.formInputs ?? {}).map(([name, value]) => [name, Array.isArray(value) ? value : [value]]),
  );
  const formInputs = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, { stringInputs: { value } }]),
  ) as GoogleAppsScript.Addons.CommonEventObject['formInputs'];
  return {
    ...structuredClone(from),
    commonEventObject: { ...structuredClone(from.commonEventObject), parameters, formInputs },
    parameters,
    formInput: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value[0] ?? ''])),
    formInputs: values,
  };
}

function common(context: EventContext): GoogleAppsScript.Addons.CommonEventObject {
  const zone = context.timeZone ?? 'Etc/UTC';
  return {
    hostApp: 'GMAIL',
    platform: context.platform ?? 'WEB',
    userLocale: context.userLocale ?? 'en',
    timeZone: { id: zone, offset: String(zonedTime(zone, context.now ?? new Date()).offsetMs) },
  } as GoogleAppsScript.Addons.CommonEventObject;
}
