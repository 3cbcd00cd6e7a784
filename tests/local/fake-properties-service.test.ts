// Behaviour of the local PropertiesService: string stores, documented limits, persistence and call counts.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakePropertiesService, MAX_STORE_BYTES, MAX_VALUE_BYTES } from '../../src/local/fake-properties-service';
import { declaredMembers } from './declared-members';

describe('FakePropertiesService', () => {
  it('declares only methods the real service has', () => {
    const fake = new FakePropertiesService();
    expect(declaredMembers('properties', 'PropertiesService')).toEqual(expect.arrayContaining(Object.keys(fake.api)));
    expect(declaredMembers('properties', 'Properties')).toEqual(expect.arrayContaining(Object.keys(fake.api.getUserProperties())));
  });

  it('keeps user and script properties apart, as strings, and chains setters', () => {
    const { api } = new FakePropertiesService();
    const user = api.getUserProperties();
    user.setProperty('logSheetId', 'abc').setProperty('followUpDays', 7 as unknown as string);
    expect(user.getProperty('followUpDays')).toBe('7');
    expect(api.getScriptProperties().getProperty('logSheetId')).toBeNull();
    expect(user.getProperty('toString')).toBeNull();
    expect(user.getKeys()).toEqual(['logSheetId', 'followUpDays']);
  });

  it('returns a copy from getProperties, not a live view', () => {
    const { api } = new FakePropertiesService({ user: { a: '1' } });
    const copy = api.getUserProperties().getProperties();
    copy.a = 'changed';
    expect(api.getUserProperties().getProperty('a')).toBe('1');
  });

  it('sets many at once, optionally dropping all others, and deletes', () => {
    const { api } = new FakePropertiesService({ script: { a: '1', b: '2' } });
    const store = api.getScriptProperties();
    store.setProperties({ c: '3' });
    expect(store.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    store.setProperties({ d: '4' }, true);
    expect(store.getProperties()).toEqual({ d: '4' });
    store.deleteProperty('d');
    expect(store.getKeys()).toEqual([]);
    store.setProperty('e', '5').deleteAllProperties();
    expect(store.getProperties()).toEqual({});
  });

  it('has no document store outside a document', () => {
    expect(new FakePropertiesService().api.getDocumentProperties()).toBeNull();
  });

  it('refuses a value over 9 KB and keeps the old one', () => {
    const { api } = new FakePropertiesService({ user: { big: 'old' } });
    const user = api.getUserProperties();
    expect(() => user.setProperty('big', 'x'.repeat(MAX_VALUE_BYTES + 1))).toThrow('Argument too large: value');
    expect(user.getProperty('big')).toBe('old');
    user.setProperty('big', 'x'.repeat(MAX_VALUE_BYTES));
    // Multi-byte characters count by their UTF-8 size.
    expect(() => user.setProperty('big', 'é'.repeat(MAX_VALUE_BYTES / 2 + 1))).toThrow('Argument too large: value');
  });

  it('refuses a write that would pass 500 KB in one store and changes nothing', () => {
    const { api } = new FakePropertiesService();
    const user = api.getUserProperties();
    const value = 'x'.repeat(9000);
    let n = 0;
    while ((n + 1) * (9000 + 4) <= MAX_STORE_BYTES) user.setProperty(`k${String(n++).padStart(3, '0')}`, value);
    const before = user.getProperties();
    expect(() => user.setProperty('overflow', value)).toThrow('You have exceeded the property storage quota');
    expect(user.getProperties()).toEqual(before);
    expect(api.getScriptProperties().setProperty('fine', value).getProperty('fine')).toBe(value);
  });

  it('keeps the stores in a JSON file across restarts when given one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'props-')), 'nested', 'properties.json');
    new FakePropertiesService({ file }).api.getUserProperties().setProperty('followUpDays', '10');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ user: { followUpDays: '10' }, script: {} });
    expect(new FakePropertiesService({ file }).api.getUserProperties().getProperty('followUpDays')).toBe('10');
  });

  it('counts calls per method', () => {
    const fake = new FakePropertiesService();
    fake.api.getUserProperties().setProperty('a', '1').getProperty('a');
    expect(fake.calls.all()).toEqual({ 'Properties.getProperty': 1, 'Properties.setProperty': 1, 'PropertiesService.getUserProperties': 1 });
    expect(fake.snapshot('user')).toEqual({ a: '1' });
  });
});
