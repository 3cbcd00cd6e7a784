import { checkPropertySize, PROPERTY_VALUE_LIMIT_BYTES, SettingTooLargeError, utf8Length } from '../../../src/core/ports/settings-store';

describe('utf8Length', () => {
  it('counts bytes as UTF-8 does', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('שלום')).toBe(8);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('🙂')).toBe(4);
    expect(utf8Length('é€🙂')).toBe(Buffer.byteLength('é€🙂'));
  });
});

describe('checkPropertySize', () => {
  it('passes a value at the 9 KB limit through unchanged', () => {
    const value = 'a'.repeat(PROPERTY_VALUE_LIMIT_BYTES);
    expect(checkPropertySize('This template', value)).toBe(value);
  });

  it('refuses one byte more with a message that names it and says how much to cut', () => {
    const value = 'é'.repeat(PROPERTY_VALUE_LIMIT_BYTES / 2 + 512);
    expect(() => checkPropertySize('This template', value)).toThrow(SettingTooLargeError);
    expect(() => checkPropertySize('This template', value)).toThrow('This template is too long to save: 10.0 KB, and Google allows 9.0 KB. Shorten it by about 1.0 KB.');
    expect(() => checkPropertySize('x', 'a'.repeat(PROPERTY_VALUE_LIMIT_BYTES + 1))).toThrow(SettingTooLargeError);
  });
});
