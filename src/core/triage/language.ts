// Tells whether a text is English, the one language the engine reads fully.
import { oneMatcher } from '../text/patterns';

const ENGLISH_WORDS = new Set(
  ('the and to of a in is you i for that it on with this be are have would your we at as can if me my will so just ' +
    'about from an or but not all he she they his her their our was do know think like love meet hi thanks best').split(' '),
);

const OTHER_LANGUAGE_WORDS = new Set(
  ('der die das und ist nicht ich sie wir ihr euch ihnen mit für auf dem den ein eine zu von dass le la les et est pas je nous vous ' +
    'une des du pour avec que qui el los las y es por para con una lo se mi te os não com um uma para você vocês il di che per ' +
    'sono della het een en van ik je jullie niet met voor zijn').split(' '),
);

// No listed word is longer than this, so longer words are counted without being looked up.
const LONGEST_LISTED = Math.max(...[...ENGLISH_WORDS, ...OTHER_LANGUAGE_WORDS].map((word) => word.length));

// The other languages' words as whole words (words are the runs isWordChar reads), for a quick count first.
// The character before a word is matched, not looked behind at: that scans about twice as fast.
const OTHER_LANGUAGE_WORD = new RegExp(`(?:^|[^a-zÀ-ɏ'])(?:${[...OTHER_LANGUAGE_WORDS].join('|')})(?![a-zÀ-ɏ'])`, 'g');

/** English unless another language's common words clearly outnumber English ones; short notes ("Hannah, Oskar: should chat") stay English. */
export function isEnglish(text: string): boolean {
  const lower = text.slice(0, 2000).toLowerCase();
  // Fewer than two of another language's words always reads as English; one scan tells that for most mail.
  if (countUpTo(2, OTHER_LANGUAGE_WORD, lower) < 2) return true;
  let words = 0;
  let english = 0;
  let other = 0;
  // Words are runs of a-z, Latin letters with accents (U+00C0 to U+024F) and apostrophes.
  for (let i = 0; i < lower.length; i++) {
    if (!isWordChar(lower.charCodeAt(i))) continue;
    const start = i;
    while (i + 1 < lower.length && isWordChar(lower.charCodeAt(i + 1))) i++;
    words++;
    if (i + 1 - start > LONGEST_LISTED) continue;
    const word = lower.slice(start, i + 1);
    if (ENGLISH_WORDS.has(word)) english++;
    if (OTHER_LANGUAGE_WORDS.has(word)) other++;
  }
  if (words === 0) return true;
  if (english / words >= 0.18) return other <= english;
  return other < 2 || other <= english;
}

function countUpTo(limit: number, pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (count < limit && pattern.exec(text)) count++;
  return count;
}

function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || code === 0x27;
}

/** Introductions in the languages readers most often forward to us: structure is read, etiquette flags are not guessed. */
const FOREIGN_INTRO = [
  /\b((miteinander|einander) bekannt machen|darf ich (euch|ihnen|dir) .{0,40}vorstellen|m[öo]chte (euch|ihnen|dich|dir) .{0,60}vorstellen|stelle (euch|ihnen) .{0,40}vor|ich verbinde euch|kennenlernen solltet)\b/,
  /\b(?:je (?:vous|te) pr[ée]sente|permettez-moi de vous pr[ée]senter|je vous mets en (?:contact|relation)|mettre en relation)\b/,
  /\b(te presento|les presento|os presento|quiero presentarte|me gustar[ií]a presentarte|os pongo en contacto|te pongo en contacto)\b/,
  /\b(apresento|apresentando voc[êe]s|apresentar voc[êe]s|gostaria de (te|lhe|vos) apresentar|coloco voc[êe]s em contato)\b/,
  /\b(ti presento|vi presento|vorrei presentarti|vi metto in contatto)\b/,
  /\b(mag ik (je|jullie) voorstellen aan|ik stel (je|jullie) voor aan|ik breng jullie in contact)\b/,
];
const FOREIGN_INTRO_MATCHER = oneMatcher(FOREIGN_INTRO);

/** Consent in those languages ("wie besprochen", "comme convenu"), so a foreign intro is not called unsolicited blindly. */
const FOREIGN_CONSENT = /\b(wie (besprochen|vereinbart|abgesprochen)|danke,? dass (du|sie|ihr) (zugestimmt|ja gesagt)|comme (convenu|promis|discut[ée])|merci d'avoir accept[ée]|como (acordamos|hablamos|quedamos|combinado)|gracias por aceptar|como combinamos|obrigad[oa] por aceitar|come d'accordo|come concordato|zoals afgesproken)\b/;

export function foreignIntroAct(norm: string): boolean {
  return FOREIGN_INTRO_MATCHER.test(norm);
}

export function foreignConsent(norm: string): boolean {
  return FOREIGN_CONSENT.test(norm);
}
