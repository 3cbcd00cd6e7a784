// Each cue read once per sentence: the triage asks the same questions of a sentence from several angles.
import type { AddressedSentence } from './addressing';
import { isConsentAsk, statesConsent } from './consent';
import { isContactRequest } from './contact-request';
import { introActStrength, isHandOff } from './intro-act';
import { isIntroRequest, offersForwardableNote } from './intro-request';
import { isBulkMail, isSelfOrGroupAnnouncement } from './look-alike';

/** Cue answers already worked out for one sentence; a fixed shape keeps property access fast. */
export class SentenceCues {
  introAct?: 0 | 1 | 2;
  handOff?: boolean;
  consentAsk?: boolean;
  consentStated?: boolean;
  request?: boolean;
  contact?: boolean;
  forwardable?: boolean;
  bulk?: boolean;
  selfOrGroup?: boolean;
}

function cuesOf(sentence: AddressedSentence): SentenceCues {
  return (sentence.cues ??= new SentenceCues());
}

// Words inside quotation marks are someone else's (an example, a report): they do nothing themselves.
const isQuotedSpeech = (s: AddressedSentence) => s.quoted;

// Each answer is stored under its own property, so every access site stays monomorphic.
export const introAct = (s: AddressedSentence, isKnownName: (word: string) => boolean): 0 | 1 | 2 =>
  (cuesOf(s).introAct ??= isQuotedSpeech(s) ? 0 : introActStrength(s, isKnownName));
export const handOff = (s: AddressedSentence) => (cuesOf(s).handOff ??= !isQuotedSpeech(s) && isHandOff(s.norm, s.gates));
export const consentAsk = (s: AddressedSentence) => (cuesOf(s).consentAsk ??= !isQuotedSpeech(s) && isConsentAsk(s.norm, s.gates));
export const consentStated = (s: AddressedSentence) => (cuesOf(s).consentStated ??= !isQuotedSpeech(s) && statesConsent(s.norm, s.gates));
export const introRequest = (s: AddressedSentence) => (cuesOf(s).request ??= !isQuotedSpeech(s) && isIntroRequest(s.norm, s.gates));
export const contactRequest = (s: AddressedSentence) => (cuesOf(s).contact ??= !isQuotedSpeech(s) && isContactRequest(s.norm, s.gates));
export const forwardableNote = (s: AddressedSentence) => (cuesOf(s).forwardable ??= offersForwardableNote(s.norm));
export const bulkMail = (s: AddressedSentence) => (cuesOf(s).bulk ??= isBulkMail(s.norm, s.gates));
export const selfOrGroup = (s: AddressedSentence) => (cuesOf(s).selfOrGroup ??= isSelfOrGroupAnnouncement(s.norm, s.gates));
