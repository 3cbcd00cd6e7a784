// The plain-words reason shown with each flag, naming the etiquette rule it breaks.
import type { EtiquetteRule, FlagCode } from './verdict';

export const FLAG_RULES: Record<FlagCode, EtiquetteRule> = {
  'no-consent': 1,
  'no-benefit': 2,
  'brain-pick': 2,
  'contact-request': 5,
  'sales-pitch': 2,
};

/** `who` is the person whose time is asked: "you" or a name. */
export function reasonFor(code: FlagCode, who: string): string {
  const whose = who === 'you' ? 'your' : `${who}'s`;
  switch (code) {
    case 'no-consent':
      return 'Nothing in the thread shows you were asked before this intro. Ask first, once (rule 1); an intro you never agreed to puts you under no obligation (rule 6).';
    case 'no-benefit':
      return `Nothing here says what ${who === 'you' ? 'you' : who} would gain; only the asker's own gain is stated. An ask must offer the other side a benefit (rule 2).`;
    case 'brain-pick':
      return `This asks for ${whose} advice and time with nothing offered back. Picking someone's brain is not a benefit (rule 2).`;
    case 'contact-request':
      return "This asks for someone else's private contact details. Contact details are not handed out; offer to ask the person instead (rule 5).";
    case 'sales-pitch':
      return `The meeting's purpose is to sell to ${who === 'you' ? 'you' : who}. A sales pitch is the asker's gain, not a benefit to the other side (rule 2).`;
  }
}
