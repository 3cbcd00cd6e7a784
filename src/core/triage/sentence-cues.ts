// Each cue read once per sentence: the triage asks the same questions of a sentence from several angles.
import type { AddressedSentence } from './addressing';
import { isConsentAsk, statesConsent } from './consent';
import { isContactRequest } from './contact-request';
import { introActStrength, isHandOff } from './intro-act';
import { isIntroRequest, offersForwardableNote } from './intro-request';
import { isBulkMail, isSelfOrGroupAnnouncement } from './look-alike';

export type CueName = 'introAct' | 'handOff' | 'consentAsk' | 'consentStated' | 'request' | 'contact' | 'forwardable' | 'bulk' | 'selfOrGroup';

function memo<T extends number | boolean>(sentence: AddressedSentence, name: CueName, compute: () => T): T {
  const known = (sentence.cues ??= {});
  if (!(name in known)) known[name] = compute();
  return known[name] as T;
}

export const introAct = (s: AddressedSentence, isKnownName: (word: string) => boolean): 0 | 1 | 2 =>
  memo(s, 'introAct', () => introActStrength(s, isKnownName));
export const handOff = (s: AddressedSentence) => memo(s, 'handOff', () => isHandOff(s.norm));
export const consentAsk = (s: AddressedSentence) => memo(s, 'consentAsk', () => isConsentAsk(s.norm));
export const consentStated = (s: AddressedSentence) => memo(s, 'consentStated', () => statesConsent(s.norm));
export const introRequest = (s: AddressedSentence) => memo(s, 'request', () => isIntroRequest(s.norm));
export const contactRequest = (s: AddressedSentence) => memo(s, 'contact', () => isContactRequest(s.norm));
export const forwardableNote = (s: AddressedSentence) => memo(s, 'forwardable', () => offersForwardableNote(s.norm));
export const bulkMail = (s: AddressedSentence) => memo(s, 'bulk', () => isBulkMail(s.norm));
export const selfOrGroup = (s: AddressedSentence) => memo(s, 'selfOrGroup', () => isSelfOrGroupAnnouncement(s.norm));
