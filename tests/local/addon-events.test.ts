// The event objects handed to triggers and callbacks have the shape Apps Script gives V8 add-ons.
import {
  accessTokenFor,
  actionEvent,
  composeEvent,
  gmailMessageEvent,
  homepageEvent,
  messageIdOfAccessToken,
} from '../../src/local/addon-events';

describe('addon events', () => {
  it('builds a homepage event with only the common part', () => {
    expect(homepageEvent({ userLocale: 'de', timeZone: 'Europe/Berlin', now: new Date('2026-01-15T12:00:00Z') })).toEqual({
      commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', userLocale: 'de', timeZone: { id: 'Europe/Berlin', offset: '3600000' } },
    });
  });

  it('reports the zone offset in force at the event time', () => {
    const summer = homepageEvent({ timeZone: 'Europe/Berlin', now: new Date('2026-07-15T12:00:00Z') });
    expect(summer.commonEventObject.timeZone?.offset).toBe('7200000');
    const denver = homepageEvent({ timeZone: 'America/Denver', now: new Date('2026-01-15T12:00:00Z') });
    expect(denver.commonEventObject.timeZone?.offset).toBe('-25200000');
  });

  it('builds a message-open event whose access token opens that message', () => {
    const event = gmailMessageEvent({ messageId: 'm1', threadId: 't1' });
    expect(event.gmail).toEqual({ messageId: 'm1', threadId: 't1', accessToken: accessTokenFor('m1') });
    expect(event.messageMetadata).toEqual({ messageId: 'm1', accessToken: accessTokenFor('m1') });
    expect(messageIdOfAccessToken(event.gmail!.accessToken)).toBe('m1');
    expect(messageIdOfAccessToken('some other token')).toBeNull();
  });

  it('builds an action event with parameters, V8 form inputs and the legacy mirrors', () => {
    const opened = gmailMessageEvent({ messageId: 'm1', threadId: 't1' });
    const event = actionEvent(opened, {
      parameters: { action: 'logIntro' },
      formInputs: { status: 'pending', tags: ['vc', 'warm'] },
    });
    expect(event.gmail).toEqual(opened.gmail);
    expect(event.commonEventObject.parameters).toEqual({ action: 'logIntro' });
    expect(event.commonEventObject.formInputs).toEqual({
      status: { stringInputs: { value: ['pending'] } },
      tags: { stringInputs: { value: ['vc', 'warm'] } },
    });
    expect(event.parameters).toEqual({ action: 'logIntro' });
    expect(event.formInput).toEqual({ status: 'pending', tags: 'vc' });
    expect(event.formInputs).toEqual({ status: ['pending'], tags: ['vc', 'warm'] });
    expect(opened.commonEventObject.parameters).toBeUndefined();
  });

  it('builds a compose event carrying the draft recipients', () => {
    const event = composeEvent({ to: ['tomas@larkspur.example.net'], cc: ['dana@whitfield.example.org'] });
    expect(event.gmail).toMatchObject({
      toRecipients: ['tomas@larkspur.example.net'],
      ccRecipients: ['dana@whitfield.example.org'],
      bccRecipients: [],
    });
  });
});
