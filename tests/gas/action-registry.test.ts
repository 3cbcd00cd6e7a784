import { formValue, type AddonEvent } from '../../src/gas/action-registry';

const withInputs = (formInputs: unknown): AddonEvent => ({ commonEventObject: { formInputs } } as unknown as AddonEvent);

describe('formValue', () => {
  it('reads the V8 shape: formInputs[name].stringInputs.value', () => {
    expect(formValue(withInputs({ note: { stringInputs: { value: ['coffee on Friday'] } } }), 'note')).toBe('coffee on Friday');
  });

  it('reads the shape some docs show with an empty-string level: formInputs[name][""].stringInputs.value', () => {
    expect(formValue(withInputs({ note: { '': { stringInputs: { value: ['coffee on Friday'] } } } }), 'note')).toBe('coffee on Friday');
  });

  it('gives an empty string for a field the card did not have, or an event without form inputs', () => {
    expect(formValue(withInputs({ other: { stringInputs: { value: ['x'] } } }), 'note')).toBe('');
    expect(formValue({ commonEventObject: {} } as AddonEvent, 'note')).toBe('');
  });
});
