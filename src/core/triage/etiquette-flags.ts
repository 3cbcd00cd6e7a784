// The flags every kind shares: benefit, advice asks, contact requests and sales pitches, read for the person whose time is asked.
import type { Person } from '../thread/thread';
import type { Flag, Verdict } from './verdict';
import type { AddressedSentence } from './addressing';
import { ASKER, benefitPatterns, BY_NAME, nameSwapper, OTHER_SIDE_OR_ASKER, paysTheBeneficiary, statesBenefit, statesInvestorFit, THIRD_PERSON, YOU, YOU_OR_NAMED } from './benefit';
import { brainPickStrength } from './brain-pick';
import * as cue from './sentence-cues';
import { firstName, People } from './people';
import { isAboutFundraising, isSalesPitch } from './sales-pitch';
import { sameAddress, sameName, type Reading } from './reading';
import { flag } from './verdict-parts';

// "as a thank-you, we'd credit your account for any referral that signs": a reward for the introducer, not the target.
const REWARDS_THE_INTRODUCER = /\b(as a thank[\s-]?you|(for|per) (any|each|every) (referral|intro(duction)?)|referral (fee|bonus|credit|reward)|finder'?s fee)\b/;

export interface FlagContext {
  beneficiary: Person;
  /** True when the beneficiary is the owner ("you" in mail to them). */
  isOwner: boolean;
  /** The sentence that carries the ask, cited when nothing more specific shows the problem. */
  anchor: string;
  beneficiaryNames?: string[];
}

export function etiquetteFlags(readings: Reading[], people: People, context: FlagContext): Pick<Verdict, 'flags' | 'benefit'> {
  const who = context.isOwner ? 'you' : firstName(context.beneficiary) || 'the other person';
  const names = context.beneficiaryNames ?? (context.beneficiary.name ? [firstName(context.beneficiary).toLowerCase()] : []);
  // Who would do the giving: the person introduced when the owner's time is asked, the asker when a target's is.
  const otherNames = context.isOwner ? [...people.firstNames().keys()].filter((name) => !people.isMyName(name)) : [];
  const giver = context.isOwner ? OTHER_SIDE_OR_ASKER : ASKER;
  const named = nameSwapper({ beneficiary: names, other: otherNames });
  // In mail to the owner, the owner is "you" and, told to both sides, also their name: "which Kofi's flood model has been missing".
  const toYou = benefitPatterns(context.isOwner && names.length > 0 ? YOU_OR_NAMED : YOU, giver, named);
  // In mail to the owner "she" is the other side, so only the owner's name counts; a note written about the owner to
  // someone else (a forwarded blurb) calls them "she" too.
  const toThird = benefitPatterns(THIRD_PERSON, giver, named);
  const toOwnerByName = benefitPatterns(BY_NAME, giver, named);
  let benefit: string | null = null;
  let sales: string | null = null;
  let strongPick: string | null = null;
  let softPick: string | null = null;
  let contact: string | null = null;
  for (const reading of readings) {
    if (reading.byMe) continue;
    const fundraising = isAboutFundraising(reading.utterance.text.slice(0, 5000).toLowerCase());
    const aboutOwner = !context.isOwner || (reading.utterance.origin !== 'message' && !reading.utterance.to.some((p) => people.isMe(p)));
    for (const sentence of reading.sentences) {
      // Each question stops being asked once it is answered; a pitch matters only until both are.
      const selling = (!benefit || !sales) && isSalesPitch(sentence.norm, fundraising);
      // Advice asks matter only while no benefit is found: with one, neither they nor a missing benefit is flagged.
      const pick = benefit ? null : brainPickStrength(sentence.norm, sentence.gates);
      // A sentence that sells, or asks to learn from the beneficiary, offers something only if it pays or shows a result.
      const concreteOnly = selling || pick === 'strong';
      if (!benefit && (context.isOwner || !REWARDS_THE_INTRODUCER.test(sentence.norm))) {
        const patterns = refersAsYou(sentence, reading, context, people) ? toYou : aboutOwner ? toThird : toOwnerByName;
        if (statesBenefit(sentence.norm, patterns, concreteOnly, sentence.gates) || (fundraising && statesInvestorFit(sentence.norm, patterns))) benefit = sentence.text;
      }
      if (!sales && selling) sales = sentence.text;
      if (pick === 'strong' && !strongPick) strongPick = sentence.text;
      if (pick === 'soft' && !softPick) softPick = sentence.text;
      if (!contact && reading.toMe && cue.contactRequest(sentence)) contact = sentence.text;
    }
  }
  const flags: Flag[] = [];
  if (!benefit) flags.push(flag('no-benefit', sales ?? strongPick ?? softPick ?? context.anchor, who, 0.7));
  const pick = strongPick ?? (sales ? null : softPick);
  if (!benefit && pick) flags.push(flag('brain-pick', pick, who, strongPick ? 0.85 : 0.65));
  if (contact) flags.push(flag('contact-request', contact, who, 0.85));
  // A buyer or an investor who brings a gain and asks for a quote or a walkthrough is not selling.
  const buyer = sales !== null && benefit !== null && readings.some((r) => !r.byMe && r.sentences.some((s) => paysTheBeneficiary(s.norm)));
  if (sales && !buyer) flags.push(flag('sales-pitch', sales, who, 0.75));
  return { flags, benefit: { shown: benefit !== null, evidence: benefit ?? '' } };
}

/** Whether "you" in this sentence means the beneficiary. */
function refersAsYou(sentence: AddressedSentence, reading: Reading, context: FlagContext, people: People): boolean {
  const target = context.beneficiary;
  if (sentence.addressees.length > 0 && !sentence.toGroup) {
    return sentence.addressees.some((p) => (context.isOwner ? people.isMe(p) : sameAddress(p, target) || sameName(p, target)));
  }
  if (context.isOwner) return reading.toMe;
  return [...reading.utterance.to, ...reading.utterance.cc].some((p) => sameAddress(p, target));
}
