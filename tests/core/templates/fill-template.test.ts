import { fillTemplate, placeholdersIn } from '../../../src/core/templates/fill-template';

describe('fillTemplate', () => {
  it('replaces every placeholder with its value, each time it appears', () => {
    expect(fillTemplate('Hi {other}, {other} meet {target}.', { other: 'Tomás', target: 'Lee' })).toEqual({
      text: 'Hi Tomás, Tomás meet Lee.',
      missing: [],
    });
  });

  it('leaves a bracketed marker for a missing or blank value and lists it once', () => {
    expect(fillTemplate('Hi {introducer}. {blurb} {introducer} {my_name}', { introducer: '  ', my_name: undefined })).toEqual({
      text: 'Hi [introducer]. [their note: who they are and what is in it for you] [introducer] [your name]',
      missing: ['introducer', 'blurb', 'my_name'],
    });
  });

  it('keeps braces that are not placeholders as they are', () => {
    expect(fillTemplate('Use {Name} or { x } or {}', {}).text).toBe('Use {Name} or { x } or {}');
  });

  it('inserts values literally, even when they look like placeholders or replacement patterns', () => {
    expect(fillTemplate('Hi {other}', { other: '{target} $& $1' }).text).toBe('Hi {target} $& $1');
  });
});

describe('placeholdersIn', () => {
  it('lists each placeholder once in order of first use', () => {
    expect(placeholdersIn('{b} {a} {b} {Not} {a_full}')).toEqual(['b', 'a', 'a_full']);
  });
});
