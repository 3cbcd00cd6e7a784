// Sentence-level cues, each with several phrasings that must and must not count.
import { normalize } from '../../../src/core/text/sentences';
import { ASKER, benefitPatterns, nameSwapper, OTHER_SIDE_OR_ASKER, statesBenefit, statesInvestorFit, THIRD_PERSON, YOU } from '../../../src/core/triage/benefit';
import { brainPickStrength } from '../../../src/core/triage/brain-pick';
import { isConsentAsk, readAnswer, statesConsent } from '../../../src/core/triage/consent';
import { isContactRequest } from '../../../src/core/triage/contact-request';
import { introActStrength, isHandOff } from '../../../src/core/triage/intro-act';
import { isIntroRequest, offersForwardableNote } from '../../../src/core/triage/intro-request';
import { isBulkMail, isSelfOrGroupAnnouncement } from '../../../src/core/triage/look-alike';
import { isAboutFundraising, isSalesPitch } from '../../../src/core/triage/sales-pitch';

const sentence = (text: string) => ({ text, norm: normalize(text) });

describe('introActStrength', () => {
  it.each([
    'Kenji, meet Lucía Herrera, engineering manager at Cobalt Health.',
    'Wanted to connect you with Kyle Brennan (cc\'d).',
    "I'd like to introduce you to my friend Mike, who is super cool.",
    'Rosa, Noor - connecting you two.',
    "Thought I'd chuck you two together without checking first.",
    'Putting you in touch with Tamsin (cc\'d), see below.',
    'You two just HAVE to meet each other.',
    'I am writing to introduce him to you.',
    'Please meet Dr. Ade, who runs the lab next door.',
    'This will introduce to you Miss Rose Johnson of Camden, who is staying in your city this winter.',
    'This is to introduce my former colleague Dev Rao.',
    'The bearer of this note, Mr. Robert Duncan, plans to be in your town for two months.',
    'It is in light of this that I am referring him to you for further examination and management.',
    'This letter is regarding my patient, Mr. Arthur Penhaligon, whose case I would like to refer to you.',
    'Please allow me to establish contact between you and my doctoral candidate, Ms. Mei Lin.',
    'I am putting you in contact with our new district nurse.',
    'I would like to refer Mr. Harold Adeyemi, a 66-year-old retired machinist, to you for a consultation.',
    'This note will present to you my old friend Mr. Charles Penhallow.',
    'Permit me to present to you Mr. Moses Flomo, copied here, who arrived from Monrovia in August.',
  ])('reads "%s" as an introduction', (text) => {
    expect(introActStrength(sentence(text))).toBe(2);
  });

  it('reads a lower-case "meet" when it names someone on the thread', () => {
    expect(introActStrength(sentence('kenji meet lucas, lucas meet kenji.'), (word) => ['kenji', 'lucas'].includes(word))).toBe(2);
    expect(introActStrength(sentence("Lorraine, as promised on Sunday, here's Nadia."), (word) => ['lorraine', 'nadia'].includes(word))).toBe(2);
    expect(introActStrength(sentence("Here's the fix."), () => true)).toBe(0);
    expect(introActStrength(sentence("Here's Nadia's deck."), (word) => word === 'nadia')).toBe(0);
    expect(introActStrength(sentence('we should meet friday'), () => false)).toBe(0);
  });

  it('reads two names on the thread given to each other ("June, Sandeep.") as an introduction, and nothing else so', () => {
    const onThread = (word: string) => ['june', 'sandeep'].includes(word.toLowerCase());
    expect(introActStrength(sentence('June, Sandeep.'), onThread)).toBe(2);
    expect(introActStrength(sentence('Sandeep, June!'), onThread)).toBe(2);
    expect(introActStrength(sentence('June, Sandeep,'), onThread)).toBe(0);
    expect(introActStrength(sentence('June, Thanks.'), onThread)).toBe(0);
    expect(introActStrength(sentence('June, June.'), onThread)).toBe(0);
    expect(introActStrength(sentence('june, sandeep. sandeep, june.'), onThread)).toBe(2);
    expect(introActStrength(sentence("June, this is Sandeep, who said yes before I'd even finished asking."), onThread)).toBe(2);
    expect(introActStrength(sentence('June, this is Kit from the office.'), onThread)).toBe(0);
  });

  it('reads someone on the thread presented by who they are to the writer ("this is my nephew tyler") as an introduction', () => {
    const onThread = (word: string) => ['tyler', 'ana'].includes(word.toLowerCase());
    expect(introActStrength(sentence('this is my nephew tyler. his landlord is keeping his deposit.'), onThread)).toBe(2);
    expect(introActStrength(sentence('Here is our new neighbour Ana, who moved in on Friday.'), onThread)).toBe(2);
    expect(introActStrength(sentence('This is my first time writing to you.'), onThread)).toBe(0);
    expect(introActStrength(sentence('This is our plan for the spring fair.'), onThread)).toBe(0);
    expect(introActStrength(sentence('My daughter Ana (copied here) graduates in May.'), onThread)).toBe(1);
  });

  it('reads copying someone in, said anywhere in the sentence, as a weak sign', () => {
    expect(introActStrength(sentence("I've cc'd Rachel, Noah's mom."))).toBe(1);
    expect(introActStrength(sentence("its legit. cc'ing Marisa she is the one who got us started"))).toBe(1);
    expect(introActStrength(sentence("I've cc'd my assistant for the diary."))).toBe(0);
  });

  it('reads telling someone about the owner as a weak sign, and denying it as none', () => {
    expect(introActStrength(sentence('I mentioned your name to her at the fair.'))).toBe(1);
    expect(introActStrength(sentence("I haven't mentioned your name to her."))).toBe(0);
    expect(introActStrength(sentence('I have not told him about you yet.'))).toBe(0);
  });

  it('reads the pair set off by dashes or colons, as mail typed in lower case writes it', () => {
    const onThread = (word: string) => ['marcus', 'ines', 'zoë', 'nkechi'].includes(word.toLowerCase());
    expect(introActStrength(sentence('marcus - ines. ines - marcus.'), onThread)).toBe(2);
    expect(introActStrength(sentence('Marcus: Ines.'), onThread)).toBe(2);
    expect(introActStrength(sentence('Zoë \u2014 this is Nkechi, who runs the allotment society.'), onThread)).toBe(2);
    expect(introActStrength(sentence('Minutes - attached.'), onThread)).toBe(0);
    expect(introActStrength(sentence('ok hear me out. marcus this is ines from purchasing, she is hilarious.'), onThread)).toBe(2);
    expect(introActStrength(sentence('Marcus this is great news.'), onThread)).toBe(0);
    expect(introActStrength(sentence('marcus-ines.'), onThread)).toBe(0);
  });

  it('tells a product heading after "meet" from a person on the thread', () => {
    expect(introActStrength(sentence('Meet Smart Waitlist:'), () => false)).toBe(0);
    expect(introActStrength(sentence('Meet Priya Shah: she runs the lab next door.'), (word) => word === 'priya')).toBe(2);
  });

  it.each([
    'Thanks again for introducing me to Sam last month!',
    'Could you introduce me to Chidi Okafor?',
    'Could one of you introduce me to the head of growth at Tallis?',
    "Let me know and I'll connect you!",
    "I'd like to introduce myself: I'm Jake from CanopyHR.",
    'Meet Autopilot: your board, organised for you.',
    'Join with Google Meet: meet.google.com/abc-defg-hij',
    'Meet the team behind our spring collection.',
    "Drop by for a free coffee and I'll introduce you to the whole team.",
    'Always ask both sides before you make an introduction.',
    "I'd love to introduce you to CloudNest, the backup platform trusted by 4,000 schools.",
    'Happy to connect you if it is useful.',
    "My assistant Maya (cc'd) will coordinate some dates for us.",
    'Their VP of Engineering saw your talk and asked whether I could put you in touch.',
    'I never send an intro before checking with the person first.',
    "We're excited to introduce Smart Waitlist, now live for every salon.",
    "I'll see him on Thursday and ask whether he's happy for me to put you in touch.",
    'Adding Ola (finance) to this thread for visibility.',
    'May I introduce her to you by email?',
    'This week we introduce three new features for teams.',
    'This course will introduce you to the basics of bookkeeping.',
    "I'd be happy to introduce you once I have a couple of sentences I can forward.",
    'I can refer you to the handbook for the details.',
  ])('does not read "%s" as an introduction', (text) => {
    expect(introActStrength(sentence(text))).toBe(0);
  });

  it('counts weaker signs only as weak', () => {
    expect(introActStrength(sentence("I've told Rosa about your honey."))).toBe(1);
    expect(introActStrength(sentence("She'll drop you a line this week."))).toBe(1);
    expect(introActStrength(sentence('My cousin Lena (copied) moves there in May.'))).toBe(1);
    expect(introActStrength(sentence("My nephew Owen (cc'd) just finished his degree."))).toBe(1);
    expect(introActStrength(sentence("I just have a feeling you'll vibe."))).toBe(1);
    expect(introActStrength(sentence('Julia from Corvane may be giving you a call this week.'))).toBe(1);
    expect(introActStrength(sentence('She asked if I knew anyone, so I recommended you.'))).toBe(1);
    expect(introActStrength(sentence('Both top people, figured you should know each other.'))).toBe(1);
    expect(introActStrength(sentence("You told me yesterday you'd take the call, so I'm connecting you."))).toBe(2);
  });

  it('reads someone copied in for the owner to take up as a weak sign', () => {
    expect(introActStrength(sentence('I am marking him in cc.'))).toBe(1);
    expect(introActStrength(sentence("I've kept her on cc so you have her address."))).toBe(1);
    expect(introActStrength(sentence('Please keep finance on the distribution list.'))).toBe(0);
  });

  it('reads details handed on in place of a copy as a weak sign', () => {
    expect(introActStrength(sentence("She's hiring and said she'd be glad to hear from you."))).toBe(1);
    expect(introActStrength(sentence('Drop her a line and mention the co-op project.'))).toBe(1);
    expect(introActStrength(sentence('Feel free to reach out to him directly.'))).toBe(1);
    expect(introActStrength(sentence('So glad to hear from you!'))).toBe(0);
    expect(introActStrength(sentence("I'll drop you a line next week."))).toBe(0);
  });

  it('reads someone copied in, or two people told what they share, as a sign of an introduction', () => {
    expect(introActStrength(sentence('I take the liberty of copying her in this message.'))).toBe(1);
    expect(introActStrength(sentence("asha, rob - you're both at the pool on tuesdays so thought you could share lifts??"))).toBe(1);
    expect(introActStrength(sentence("You're both welcome to bring a dish on Saturday."))).toBe(0);
    expect(introActStrength(sentence("I've copied in Claire Ashby, who chairs our PTA."))).toBe(2);
    expect(introActStrength(sentence("You're both doing microbes in compacted soils and neither of you knows the other exists."))).toBe(1);
  });

  it('reads "I\'d like you to meet" as an introduction and "you\'d get on" as a sign of one', () => {
    expect(introActStrength(sentence("I'd like you to know Marcus Delacroix-Whyte, who runs Kestrel Roasting."))).toBe(2);
    expect(introActStrength(sentence("I'd like you to know that the meeting moved."))).toBe(0);
    expect(introActStrength(sentence("I just have a feeling you'd really get on."))).toBe(1);
  });

  it('reads someone handed over to the owner as a weak sign', () => {
    expect(introActStrength(sentence('Since it is more your area, I am passing him along to you.'))).toBe(1);
    expect(introActStrength(sentence("I'm handing Ravi over to you for the Leeds project."))).toBe(1);
    expect(introActStrength(sentence('Sending her your way, she is great.'))).toBe(1);
    expect(introActStrength(sentence("I'm passing this on to you in case it helps."))).toBe(0);
    expect(introActStrength(sentence('Please pass the salt over to them.'))).toBe(0);
  });

  it('reads the owner put forward to the other side as a weak sign', () => {
    expect(introActStrength(sentence('I said you do property stuff.'))).toBe(1);
    expect(introActStrength(sentence('I told her nobody round here knows more about food banks than you.'))).toBe(1);
    expect(introActStrength(sentence('I said no to the second quote.'))).toBe(0);
  });

  it('recognises hand-offs', () => {
    for (const text of ["I'll let you two take it from here!", 'Over to you both.', "I'll leave the details to you two.", 'Go forth and connect!', 'Sort it out between you', 'Happy to let you work the details out between yourselves.', "I'll leave you two to set up a call.", 'I will leave the two of you to arrange a time.', 'I leave you both to talk.']) {
      expect(isHandOff(normalize(text))).toBe(true);
    }
    expect(isHandOff(normalize('Let me know what you think of the draft.'))).toBe(false);
    expect(isHandOff(normalize('We sorted it out between us last year.'))).toBe(false);
  });
});

describe('consent', () => {
  it.each([
    'Would you be open to an intro to Tomás Ferreira?',
    'ok to intro you to my mate at Shelfie? lmk',
    'Mind if I connect you with Tess Morgan?',
    'Want me to connect you two?',
    'Worth a chat?',
    'May I have your permission to connect the two of you?',
    'He would like to know whether you would be open to being introduced to Ms. Harriet Lau.',
    'Happy to make an intro if you are interested.',
    'Would you be willing to have a short call with a student of mine?',
    'Would you be open to me putting you in touch?',
    'Up for a call with her? No pressure either way.',
    'Open to a coffee with him next week?',
    'see below, open to it? no pressure either way',
    'Would you be OK with an intro?',
    "If yes, I'll put you two in touch.",
    'You came to mind at once. May I introduce you?',
    'Is it ok for you if I give him your mobile number so he can call you?',
    'May I introduce her to you by email?',
    'Before I put you in touch with anyone, I wanted to check that you would welcome it.',
    'Happy for me to send my friend Zoë your way?',
    'Can I give your name to the woman organising the Harvest Fair?',
    'Ursula, mind if I give Lukas your email?',
    "Let me know if you'd be open to me making the connection.",
    "I wanted to check whether you'd be up for a quick call with him.",
    "If you're interested, I'd be happy to make an introduction.",
    'Would you have time to speak with him next week?',
    'Any objection to me introducing you two?',
    "I was wondering if you'd be open to a chat with her.",
    "I wanted to see whether you're interested in meeting him.",
    "Before I share her name or introduce you, I wanted to check you're open to it.",
    'Would you like me to make the introduction?',
    "Happy to introduce you, but if for any reason you aren't into it, just tell me so or ignore this.",
    'Would you mind if I gave her your email?',
    "Would you be ok if I gave him your email? He's not pushy I promise",
    'reckon youd get on. want me to give him your email or nah',
    'Shall I share your number and email with them? Please confirm.',
    'I wondered whether you might be willing for me to put her in touch with you?',
    'Would you be willing for me to share your details with her?',
    'Quick question before I give anyone your details.',
    "If it sounds like your kind of thing, tell me and I'll put you two together.",
    "Say the word and I'll connect you with her.",
    'Let me know, and I can introduce you next week.',
    'Would you be up for a 20-minute demo with him?',
    'Open to a working lunch with her on the 14th?',
    'If you are OK, I will send one email to both of you together.',
    "if you're happy then i'll just email you both tonight",
    'Would it be OK if I set up a call with my mentor Dana?',
    'Would you read his pitch if I pass him to you?',
    'Would you be interested in having Dr. Martin Szabo on The Audio Bench?',
    'Would you be open to me putting her mom in touch with you?',
    'Would you be up for letting him ask you some questions, maybe over a video call?',
    'May I introduce you to her by email?',
    'Ana, would you mind chatting with one of our sophomores?',
  ])('reads "%s" as a consent ask', (text) => {
    expect(isConsentAsk(normalize(text))).toBe(true);
  });

  it.each([
    'Would you be open to introducing me to your CFO?',
    'Would you be open to making an intro?',
    'Could you introduce me to Mei?',
    'I hope you had a good weekend.',
    'I was up for a call with him until midnight.',
    "Would you be willing to ask her whether she's open to an intro?",
    'May I introduce you to Dr. Ade, who runs the lab next door.',
    "You told me in June to send you any founders I rated, so I'm not asking first this time.",
    "Thought I'd chuck you two together without checking first.",
    'You both said fine to share numbers, so here they are.',
    'I would have time to speak with him next week.',
    'Do you have time to speak with me on Friday?',
    "Tell me and I'll send the slides over.",
    "Let me know and I'll put the kettle on.",
    'Thank you for saying it was fine for me to pass your details on.',
    'Would you mind sending the minutes to Joan?',
  ])('does not read "%s" as a consent ask', (text) => {
    expect(isConsentAsk(normalize(text))).toBe(false);
  });

  it.each([
    'Thanks both for saying yes to this one!',
    'As agreed on Thursday\'s call, connecting you both.',
    'Per your ok yesterday.',
    "You both said you'd be happy to connect, so here goes.",
    'like u said on sat ur down so here we go',
    'Putting you in touch as requested!',
    'Since you both said yes last week, here is the formal introduction.',
    'You told me back in March to send any good ML people your way.',
    'You asked me a while ago whether I knew anyone in insurance.',
    'You said it was fine to put you two in touch.',
    'When I floated it you said "sure" straight away.',
    'Following your go-ahead on Monday, here is the intro.',
    "As you offered at the dinner, I'm putting you in touch with Nigel.",
    'Since each of you replied yes to my note last week, here is the proper introduction.',
    'You said to send her over if she was interested, so here she is!',
    'You gave me the nod last week, so here it is: meet Yusuf!',
    "You said you'd hear him out, so I'm connecting you.",
    "Aiyana, per our chat at the retreat you're game to try their instrument, so here we are.",
    "Following the conversations I've had with each of you this week, and with both your OKs, here is the introduction.",
    'As promised in Bergen, where you both told me you would like to be put in touch, here is the introduction.',
    "As you both expressed interest in meeting, I'm happy to make this introduction.",
    "Gareth - you asked me last week who I'd trust with payroll.",
    'You asked at the April board meeting whether any of us knew anyone at the Hart Family Fund.',
    'You asked me on Tuesday who could do the words for the catalogue.',
    "You said you'd be glad of a name, so here she is.",
    "You said you'd welcome an introduction to literacy groups.",
    'You asked me for a name, so I am pleased to introduce Helena Vos.',
    'Following my notes to each of you last week (and your kind yeses), connecting you here.',
    "As promised, now that you've both said yes, here you are.",
    "Since you've agreed, here's Kofi.",
    'Claire, you told me you would like very much to find some people in the town for talking english.',
    'You mentioned you would love to find a mentor in the trade.',
    'Tessa, thanks for telling me you had room in March.',
    "Thanks for letting me know you've got capacity this quarter.",
  ])('reads "%s" as consent already given', (text) => {
    expect(statesConsent(normalize(text))).toBe(true);
  });

  it.each([
    "When we had lunch you said Pinecrest's cloud spend doubled this year.",
    'As discussed, our lab has finished the annotation.',
    'Feel free to ignore if it is not useful.',
    'You said the launch slipped to May.',
    'You asked whether the invoice went out.',
    'As you said, the market is tough this year.',
    'As mentioned, connecting you with Beatrix Holm, Managing Partner at Larchmont.',
    'Several investors expressed interest in the round last week.',
    'You asked me for the invoice last week.',
    'Your yes vote on the budget was noted.',
    "Thanks for telling me you had a cold last week.",
    "Now that you've moved, how is the new flat?",
  ])('does not read "%s" as consent', (text) => {
    expect(statesConsent(normalize(text))).toBe(false);
  });

  it('reads the owner\'s answer to an ask', () => {
    expect(readAnswer(['hi dana,', 'yes, very much!'])).toBe('yes');
    expect(readAnswer(['that would be brilliant, yes please!'])).toBe('yes');
    expect(readAnswer(["thanks for thinking of me, but i'll pass for now."])).toBe('no');
    expect(readAnswer(['not right now, sorry.'])).toBe('no');
    expect(readAnswer(['could we park this until after the board meeting?'])).toBe('no');
    expect(readAnswer(["let's hold off for now."])).toBe('no');
    expect(readAnswer(['what time works for you?'])).toBeNull();
  });
});

describe('isIntroRequest', () => {
  it.each([
    'Could you introduce me to Chidi Okafor?',
    'Could one of you introduce me to the head of growth at Tallis?',
    'Would you mind making a quick intro to Margaret Lee, your CFO?',
    'any chance u could intro me?',
    'I was hoping you could introduce me to Sandra Keyes.',
    'Do you know anyone at Nimbus Maps who would chat?',
    'Could you put me in contact with Mr. Dupuis?',
    'Would you be open to introducing us?',
    'Thanks a ton for agreeing to forward an email to Elena Ruiz at Northline Ventures.',
    'devon!! thanks heaps for agreeing to intro me to your old boss at Harbor Bank.',
    'Thank you so much for offering to pass my note on to Beatriz.',
    "Would you be willing to ask her whether she's open to an intro?",
    'Do you know anyone there you could introduce me to?',
    "Any chance you'd introduce us?",
    'Could you put in a good word with the club secretary?',
    'could you PLEASE get me fifteen minutes on the phone with Marcus?',
    'Any chance you could grab us a coffee with your editor?',
    "any chance you could pass my CV to whoever's hiring for it?",
    "Would you be willing to ask Mr. Lindgren whether he'd take a call from me?",
    'Could you read it, and if you like it, give it to your agent?',
    'Would you feel comfortable passing my name to Dev?',
    'Could I send you my resume so you can submit me as a referral, or put it in front of the hiring manager?',
    'Could you refer me for the analyst opening?',
    'Is there anyone in your network who might be able to help?',
    "I was wondering if you'd be able to introduce me to Jane.",
    "Hoping you'd introduce me to your CFO.",
    'Is it possible to introduce me to Bruno Castell?',
    'Who is the right person to talk to about call routing for your support teams?',
    "If you could point me in their direction, or forward this along, I'd be grateful.",
    'Could you mention us next time you see her, or put us in touch?',
    'Would you mind mentioning us to her, or sending a quick message putting us together?',
    'Would you be willing to pass this on to her, or put us in touch?',
    'You trained alongside her before she went to the bench. Would you consider introducing me?',
    'Could you ask Mr Anand if I could do it at your practice?',
    'Do you know anyone decent? You had all that work done on yours last year.',
    'do you know someone good for a cracked molar?',
    'Could you recommend someone for our bathroom?',
    'Can you think of two or three colleagues who could use the same kind of review?',
    'Do you know one or two neighbours who might want a quote as well?',
    'Any chance I could tag along next time you have lunch with Gwen?',
    'If you know anyone who needs a bookkeeper, send them my way.',
    'Would you be comfortable to pass my CV to the person who is recruiting?',
  ])('reads "%s" as a request', (text) => {
    expect(isIntroRequest(normalize(text))).toBe(true);
  });

  it.each([
    'Could you introduce the new reporting feature at the all-hands?',
    'Thanks for the intro last week!',
    'Thanks for agreeing to meet on Friday.',
    'Thanks so much for offering to help with the move.',
    'Feel free to pass this on to anyone in your network.',
    "If you're not the right person, I'd be grateful if you could point me to whoever is.",
    'Would you like me to make the introduction?',
    'She mentioned us to the council last year.',
    'Could you put the chairs together before the meeting?',
    'Could you ask the caretaker if the hall is free on Friday?',
    'Do you know what time it starts?',
    'Could you recommend a good book for the flight?',
    'Could you get me a call with you on Thursday?',
    'Could you get me the minutes from the meeting with the board?',
    "I'd really appreciate it if you could pass this on to anyone in your network.",
    'Would you take a call with me on Friday?',
    'Please pass this along to your colleagues or anyone who might be interested.',
  ])('does not read "%s" as a request', (text) => {
    expect(isIntroRequest(normalize(text))).toBe(false);
  });
});

describe('offersForwardableNote', () => {
  it.each([
    'Below is a short blurb.',
    "Here's some context to forward along.",
    'Here is a short write-up you can forward as is.',
    'A paragraph you could pass on is below.',
  ])('reads "%s" as a note written to be forwarded', (text) => {
    expect(offersForwardableNote(normalize(text))).toBe(true);
  });

  it.each(['Could you forward me the invoice?', 'I forwarded your note to the team.'])('does not read "%s" as one', (text) => {
    expect(offersForwardableNote(normalize(text))).toBe(false);
  });
});

describe('isContactRequest', () => {
  it.each([
    "Do you have Rafael Ortiz's cell number?",
    'Any chance you could flick me their email addresses?',
    'Could you ping me his WhatsApp when you get a sec?',
    "u still have priya's email from the headset sponsor? the direct one",
    'Simply reply with their name and phone number and we will reach out.',
    'For each one please send name, title, company, mobile number and personal email.',
    'Could you send me a list of your friends with their personal email addresses?',
    'hey whats ryans cell?',
    'Feel free to just send me her email and I will reach out directly!',
    'Could you share the direct email or mobile number for your head of procurement?',
    "Could you share Bea Tavares's LinkedIn or WhatsApp?",
    'Please, would you mind passing along his contact info?',
    'his cell?',
    "Could you send me your co-founder Priya's cell number?",
    'May I ask you kindly to share his home telephone number or home address?',
    'Got a personal email for Nisha from your old team?',
    "Any chance you've got a mobile for Father Declan?",
    'If that feels awkward, could you share her personal email or home address so that we can send her an invitation to the gala?',
    'Could you pass along the email address of whoever buys for the specialty aisle now?',
    'If you have her mobile number, even better.',
    'hey tasha - random one, could u text me Mo Farouks cell??',
    'Could you reply with his cell number?',
    'If you could jot down their names and phone numbers, I will ring them.',
    'Could you send over names and emails of people you know who might back it?',
    'Just send me the names and the phone numbers and I do the rest.',
    'could you text or email me dr mensahs personal cell?',
  ])('reads "%s" as asking for someone else\'s details', (text) => {
    expect(isContactRequest(normalize(text))).toBe(true);
  });

  it.each([
    'My cell is 555 0199 if that is easier.',
    'What is your number?',
    "Here's her email: ana@example.org.",
    'Feel free to share my email with him.',
    'What is the best number for him to call you on?',
    'Is it OK if I give him your mobile so he can text you?',
    'She said I could pass on her email (julia@example.org) in case you would like to get in touch first.',
    'Could you text me the plans when you get a sec?',
    'If you have any questions, reply to this email.',
    'Send me the results sheet by Friday.',
    'She asked me to pass on her details: priyanka@example.com, and her direct line is 555 0162.',
    'The names and emails of the speakers are in the programme.',
    'You still have her email from the fair, so write to her directly.',
  ])('does not read "%s" as a contact request', (text) => {
    expect(isContactRequest(normalize(text))).toBe(false);
  });
});

describe('brainPickStrength', () => {
  it.each([
    'Kyle would love to pick your brain about how you got started.',
    'he just needs to run a few things by you.',
    'She would value twenty minutes of your time to ask about your career path.',
    "She hopes to see what a hospitalist's day actually looks like.",
    "I'd love to ask him why he chose hospital medicine.",
    'I want to hear from him how he got where he is.',
    'She wants to learn from your experience.',
    'He hopes to learn the ropes from you.',
    "I'd love to hear about your journey from academia to founding Polymera.",
    'Any tips for her?',
    'Happy to jump on a call to run a few ideas by you.',
    "He'd love to shadow you for a day.",
    "He'd love to sit down with you for an hour and ask you everything he can think of.",
    'I wondered whether you might walk him through how you set up your clinic.',
    'He would love to hear your war stories from the newsroom.',
    'Could we hop on a call so I can learn about your experience?',
    'I would love to ask him about his career path.',
    "I'll let you two sort it out - he just needs half an hour of your brain on it.",
    "I'm hoping to ask her what she'd do in my shoes.",
    'Just hoping to chat about your career path.',
    'Could we talk about her journey into the charity sector?',
    'He wants to come by and see how you set up the kiln room.',
    'Would you give her the lie of the land on the local tech scene?',
    "She is keen to get a feel for the market here before she moves.",
  ])('reads "%s" as a strong advice ask', (text) => {
    expect(brainPickStrength(normalize(text))).toBe('strong');
  });

  it('reads coffee to hear how it was done as a softer one, and plain scheduling as none', () => {
    expect(brainPickStrength(normalize('Would love to grab a coffee and hear how you did it.'))).not.toBeNull();
    expect(brainPickStrength(normalize('Does Tuesday at 3 work for you?'))).toBeNull();
  });

  it.each([
    'Could you share a little of your experience with us on pricing?',
    'She could be a sounding board while we plan the round.',
    "I'd love to ask her how she found her first clients.",
    'Would love to grab lunch and talk about the stack you chose.',
    "Would love to get Shreya's take on underwriting thin-file merchants.",
    'Grateful for 20 mins of her time to ask how they priced it.',
    'He would love any advice you could give him, maybe over a coffee.',
  ])('reads "%s" as an advice ask', (text) => {
    expect(brainPickStrength(normalize(text))).not.toBeNull();
  });

  it.each(['I will gladly answer any questions about his case.', "We'd be happy to answer questions about the pilot."])('does not read "%s", the writer offering answers, as an advice ask', (text) => {
    expect(brainPickStrength(normalize(text))).toBeNull();
  });
});

describe('isSalesPitch', () => {
  it.each([
    'Noor would love to show you what they are working on, maybe a 30 minute demo?',
    "I'd like to walk her through SalesGrid's billing automation platform.",
    'She just started her own agency and would love to tell you about her services.',
    "They'd each love a short call to see if their service could help your team.",
    'Our scheduling app could be worth a quick look for your clinics.',
    'We want to get our platform in front of your buyers.',
    'She would love to show your ops team how it works.',
    "We're keen to find a few more long-term clients in Portland.",
    'I am trying to land some new enterprise customers this year.',
    "We'd give her front desk two months free to try it.",
    'They would love to earn your business.',
    "He's keen to put their managed security-operations offering in front of you.",
    "They've built a slick onboarding platform for ops-heavy teams.",
    'We would like to present our new real-time fraud scoring platform to her.',
    "He'd love to buy you lunch and walk you through it before your renewal comes up.",
    'They do a club package at 39 quid per athlete per season.',
    "There's a real opportunity for their six restaurants to consolidate onto one ordering platform.",
    'We could offer them the same launch pricing you got.',
    "He'd love to jump on a call to talk through how they can support Quartzbyte's hiring.",
    'We help teams like yours reduce cloud security alerts by up to 80%.',
    'She works with fintechs on SOC 2 on a monthly retainer (from £3,000 a month).',
    "He'd like 20 minutes on your calendar to give you a tour of the dashboard.",
    "She's offering the first three groups 50% off list price for the first year.",
    'Rory runs a consultancy that works on a monthly retainer with SaaS companies around your stage.',
    'Our software could be a great fit for her team.',
    "I'd love to introduce her to our new compliance tool.",
    "I'm now at BrightPath selling the LumaFile document-scanning system.",
    "Could you reach out and talk them through Keystone's loan programs?",
    "I'd be happy to take you both to lunch, my treat, to tell you about our first-time buyer programs.",
    'Brooke would like 20 minutes to walk you through how TalentForge works.',
    "He'd set up a call to walk you through his refinance options.",
    "He's keen to have a chat and run you through what you could borrow.",
    'Their standard arrangement is a contingency fee of 20% of first-year base salary.',
    "Our terms are 18% of first-year salary with a 12-week rebate if it doesn't work out.",
    "I'm confident we could do for them what we did for Copperline.",
    'I reckon we could really help her get more people through the door.',
    "He'd like half an hour to look over what you're carrying at the moment.",
    "I'll reach out and offer him a fresh quote across our carriers.",
    'i do bridging and BTL, can usually get deals done quicker than the high st banks',
    "I'd love 15 minutes with your ward manager to show her the range.",
    'A mate of mine sells rostering software for GP surgeries.',
    "They're taking 8% off for anyone on our road who signs before March 1.",
    'He sells the robotic milking units and is doing the rounds of the county.',
    "He'd want to come out and do his presentation, takes about an hour he says.",
    'He can visit you one morning and explain the prices, is not obligation.',
    'He will be in England in May and would like to present his linen collection and prices.',
    "I'd offer him the same complimentary plan review I did for you.",
    "I'm confident we could save St Oswald's money on the buildings policy.",
    "A 20-minute conversation is all I would need to talk him through our policies.",
    "We're running a spring promotion on interactive panels, with installation included for orders placed before Easter.",
    "Ricky says he'd see him right on price.",
    'Tamsin would love to walk you through how the partner programme works.',
    'We could save them a fortune on the clubhouse energy bills.',
    'I reckon we can save him money on the fleet insurance.',
    'Your first clean is free, and after that it is a flat monthly fee.',
    "She's offering 30% off year one for anyone who signs up through me.",
    "They've got a promotion for new clients running until June.",
    'He can do a complimentary review of everything you have with your current broker.',
    "Now's the time to lock in your rates before they go up in the spring.",
    'He wants to get on your preferred supplier list for next year.',
    "I'd love a spot on her referral list.",
    "Who else do you know who'd want the same results?",
    "Honestly I think you'd love the skincare, it's changed my life.",
    "Your clinic is the perfect size for what we do.",
    'We could host a tasting for your staff one lunchtime.',
    'She runs a Zoom on Sundays where she explains the whole opportunity.',
    'It has been a great side hustle and the extra income is real.',
    'Her brother fits heat-pump boilers all over the county.',
    'My cousin does life insurance and is very good.',
    'Reckons he can knock a good chunk off what your firm pays now.',
    "Says the bakeries he's signed up are saving a packet.",
    'The first month is on the house and then £45 a month.',
    'We could cut the paperwork on your current system in half.',
    'Your warehouse roof would be perfect, honestly.',
    'He refits commercial kitchens and is after new work.',
    "He'll come round for a free inspection before the adjusters get busy.",
    'Everything is billed by the block of hours.',
    'Most clients start on a 20-hour monthly package.',
    "I've started sharing the oils as a little business.",
    'She has built a team of over 300 wellness advocates.',
    'Do you know two friends who could do with the same?',
    'Lots of physios carry the joint formula as a little side business.',
    'Honestly it practically sells itself.',
    'She built a six-figure team working part time.',
    "I'll knock 50% off their first clean.",
    'If you know anyone after some extra money, this is it.',
    'Our rostering tool could be saving your managers hours every week.',
    'Anyone you send my way gets $50 off their first job with us.',
    "He won't charge the trip fee for anyone on our street.",
    'Bethany is a consultant with a skincare company.',
    'Would you be open to me introducing you to my upline?',
    "I've gotten into the most amazing line of business.",
    'The income side is incredible.',
    'Hosts get a free five-piece set just for having her, no purchase needed.',
    'She would love to pop round and chat about their gentle baby line.',
    'She will sit down with you and ask about your plans and what you have now.',
    "He'll come out, look at it and write you a price before touching anything.",
    'A six-week program we license to sales teams at $1,900 a seat.',
    "We'd do a free audit of your current portal before any conversation.",
    "He's doing free retirement-plan reviews for friends and family this month.",
    'Marla, tell her about the hostess rewards!',
    'Leah reps a bunch of small Spanish and Italian producers.',
    'She specialises in key-person and buy-sell cover for partners.',
    'He will walk you both through a couple of term-life options.',
    "She'll review the policies you already hold and show you what a buy-sell arrangement would cost.",
    'Your roof came back pre-qualified for our zero-down solar program.',
    'Dwayne says most people say no before they understand the comp plan.',
    "She'll be showing her candle and home-scent line, or she can open an online party for you.",
    'I want 30 minutes to show him what my freight brokerage can do for Corbett Supply.',
    'She will do two concept mock-ups on spec so you can see how she thinks.',
  ])('reads "%s" as a sales pitch', (text) => {
    expect(isSalesPitch(normalize(text))).toBe(true);
  });

  it.each([
    'Given what you showed at demo day it looked like a strong fit.',
    'Could you show me a demo next week?',
    'They would pay for a pilot of your route optimiser.',
    'Our procurement team would like a formal quote.',
    'She is trying to find new clients for her agency.',
    'She wants to get your take on their pricing before they raise prices.',
    'I want to present you Lucía, one of the best students I have had.',
    'The plan for the day is at the bottom of this email.',
    "Would you be happy for me to introduce you to the programme chair, Aileen Ross?",
    "I'd love to pitch her an excerpt directly.",
    'This note will present to you my old friend Mr. Charles Penhallow.',
    'Permit me to present to you Mr. Moses Flomo, copied here.',
    "I'll send the brief and the rate card ahead of time.",
    "She'd walk you through how she rebuilt the kitchen after the flood.",
    'Happy to review your draft before Friday.',
    'Our old supplier was cheaper than this one, sadly.',
    'Could you show her the way to the station?',
    "I'm looking for someone who sells reclaimed tiles.",
    'Would you do a presentation at our spring conference?',
    'The new boiler should save you a fortune in the long run.',
    "I could pop in on Thursday and show you what I can do.",
    'The bus pass would save them a fortune in taxi fares.',
    'My first month in the new job was a blur.',
    'Half off the first round of drinks, she said, was the best part of the launch.',
    'I left a review of what she did on the garden.',
    'Lock in a date with her before she gets busy.',
    'She made the shortlist for the fellowship.',
    "You'd love the new cafe on Elm Street.",
    'The perfect size for a starter flat, she said.',
    'There is a job opportunity in her team you could apply for.',
    'She fits the role you posted almost exactly.',
    'Leo installs battery storage on farms and sells the spare power back.',
    "I'll send the summary so you can see where it fits.",
    'He does the books for the allotment society.',
    'Saving lives is what she does every day.',
    'Your talk would be perfect for our spring meeting.',
    'She fits right in with the team.',
    'The weather on Saturday would be perfect for it.',
    'He has just set up as an independent consultant.',
    "He's offering a monthly retainer for six articles.",
    'We met at the demo night in March.',
    'She runs the cafe as a charity, not a business.',
    'Her first job out of college was in Denver.',
    'The consultant with a big firm behind her is the one you met.',
    'She is talking about their new baby.',
    'Tell me what you have now and I can help you pick a course.',
    'My trip to Lisbon was lovely.',
    'Remember to write her a thank-you card.',
    'She has life insurance through her work, she said.',
    'What would it cost to fix the fence, do you think?',
    'Showing her the ropes took most of the week.',
  ])('does not read "%s" as a sales pitch', (text) => {
    expect(isSalesPitch(normalize(text))).toBe(false);
  });

  it('tells a founder raising a round from one who raised before', () => {
    expect(isAboutFundraising("we're opening our $6m series a next month")).toBe(true);
    expect(isAboutFundraising('pickwise just raised their series a, congratulations!')).toBe(false);
    expect(isAboutFundraising("i was an angel in their seed round, so i'm not neutral! the ask: 30 minutes for a demo.")).toBe(false);
    expect(isAboutFundraising('we are closing our seed round in may.')).toBe(true);
  });

  it('does not call a founder showing an investor the product a sales pitch', () => {
    expect(isSalesPitch(normalize('Happy to send the deck or a two-minute demo.'), true)).toBe(false);
  });
});

describe('look-alikes', () => {
  it('reads announcements of a group and calendar replies as what they are', () => {
    expect(isSelfOrGroupAnnouncement(normalize("We are delighted to introduce this year's Year 3 class representatives:"))).toBe(true);
    expect(isBulkMail(normalize('Marek Dvořák has accepted this invitation.'))).toBe(true);
    expect(isSelfOrGroupAnnouncement(normalize("I'd love to introduce our friend Dana to you both."))).toBe(false);
  });
});

describe('statesBenefit', () => {
  const toOwner = benefitPatterns(YOU, OTHER_SIDE_OR_ASKER, nameSwapper({ other: ['lucia', 'ravi'] }));
  const toTarget = benefitPatterns(THIRD_PERSON, ASKER, nameSwapper({ beneficiary: ['greta'] }));

  it.each([
    'They would pay for the pilot and share two years of dispatch data.',
    'Lucía is hiring a senior iOS engineer and you said you are looking.',
    'In return he is happy to share the 2024 pricing survey before it is published.',
    'She has an open keynote slot (fee £1,200 plus travel).',
    'They cut our AWS bill by 28% last quarter.',
    'You said you have two backend openings, so I think he could save you months of searching.',
    'Ravi is looking for a new sustainable packaging supplier for his three shops.',
    'Her chain wants to order 500 units a month.',
    "They're opening three senior data roles next month.",
    'She needs about 2,000 of your recycled mailers each quarter.',
    'His fund is putting $250k into two fintech seeds this quarter.',
    'The round is squarely within your seed mandate.',
    'He is a serious buyer with financing in place.',
    'She wants to talk about leading your seed round.',
    'We would like to publish a piece about how your lab runs its field trials.',
    "I think it's a strong one for your pipeline.",
    'The engagement pays EUR 650 per day, three days a week.',
    "We'd give your front desk two months free to try it.",
    'They would do your first two readiness reviews free.',
    'The museum asked me for a lighting designer with gallery experience.',
    'He intends to order a first quantity of about 1,200 units.',
    'You have the senior data engineer opening I mentioned.',
    "She buys outright, 30 to 50 pieces per maker at wholesale, which I know is what you've been after.",
    'She is looking for exactly the kind of staff role you posted last week.',
    "She's after a local practice to refer her sports-injury patients to, likely 10-15 new patients a month.",
    'She asked me if I knew a good architect for the barn conversion.',
    'Ravi, who is hiring two engineers this spring, would love to meet you.',
    'He would gladly play your autumn recital series without a fee while he settles in.',
    "We'd like to offer your health desk an exclusive on the data before the public release.",
    'Ksenia has kindly offered to run three string sectionals for the school orchestra.',
    'We want to switch to free range for the cafe, about 30 dozen a week, and get a price off him.',
    "We'd like to stock it in both shops, roughly 30 wheels a month to start.",
    "He definitely needs a lawyer, he just doesn't know it yet.",
    'She wants weekly lessons at your usual rate, daytime if possible.',
    'You would be a guest on an episode that reaches 40,000 listeners.',
    'Tallyho needs a fractional CFO two days a week from March, paid at market rate.',
    "They have roughly £40k set aside for the rebrand and want to choose an agency by March.",
    'He wants one preferred firm with a fixed-fee package for all twelve companies.',
    'The benefit for you is a paid 12-week research internship in the lab.',
    'She is a client with an approved budget who wants a fee proposal from you.',
    'The grant funds 20% of a research nurse\'s time for two years and includes co-authorship on the main paper.',
    'Adaeze runs Nwosu Events and needs a caterer for three corporate dinners in June.',
    "You're short of foster homes for the spring litters, and he's got a spare room.",
    'He pays cash on the day for everything he takes.',
    "I'm working with a candidate who fits the staff engineer role you posted last month very closely.",
    'She has a research budget for a contract researcher.',
    'He has approved a budget for external immigration counsel and would like a fee proposal.',
    'She has put EUR 18k aside for it and asked me who I would trust with it.',
    'They have GBP 2,400 set aside for photography.',
    'The role pays about 20% more pay than her current one.',
    "It's fully remote, about 20% up on what you're on now.",
    "We'd love to commission her for the yard mural, with about £3,000 for it.",
    "He'd put money in, buying a third of the boat outright.",
    "She'd like to bring on an advisor for this (0.25% over two years, monthly call) if there's a fit.",
    "They'd place an opening order and handle all of the store logistics themselves.",
    'They want a UK-made brand to stock across the whole network.',
    'I am referring him to you for further examination and management.',
    "It's a proper paid commission, print-ready by April.",
    'She mentioned a budget in the low five figures.',
    "It's a six-figure contract if the pilot goes well.",
    'He has set aside a budget for the new site and would like to start in June.',
  ])('finds a benefit for the owner in "%s"', (text) => {
    expect(statesBenefit(normalize(text), toOwner)).toBe(true);
  });

  it.each([
    'Wanted to introduce you to Jack, who runs SlabHop.',
    "I think you'd get a lot out of talking.",
    'He is looking for a new role and would love your advice.',
    'I would love to buy you a coffee.',
    'Only then will I share your email with him.',
    "I'll connect you two now to save you the email back and forth.",
    "Which papers are still hiring, and is a master's worth it?",
    'He asked if I knew anyone at Brewline and I thought of you.',
    'We help teams like yours reduce cloud security alerts by up to 80%.',
    'Sophie built The Brief Room from zero to 120k readers in three years.',
    'He would love 30 minutes to tap your expertise on salaries, contracts and hiring.',
    "I've told him he's buying the teas!",
    "He'd like 20 minutes on your calendar to give you a tour of the dashboard.",
    'I thought I should send him to you in case you have an opening for a young man with his qualifications.',
    'The courier needs a contact number for the delivery on Friday.',
    'We have a budget meeting on Friday.',
    'I put the letter aside for later.',
    "We'd love to partner with you on getting your templates onto our platform.",
    'Revenue is 20% up on last year.',
    'She asked me who was hiring on the engineering side here, and I said you would be the person.',
    'Their team asked whether I knew other practices struggling with no-shows, and I thought of you.',
    'She asked whether I knew anyone who needs a bookkeeper.',
    'We run three sessions a week at the club.',
    'I need a lawyer, frankly, after this week.',
    'Can we bring you something?',
    'He has set aside a morning for the move.',
    "Also your VAT return is due the 7th, I'll need the feed invoices by the end of the month.",
    'Your office is closed on Friday, so we are looking at Monday instead.',
  ])('finds no benefit for the owner in "%s"', (text) => {
    expect(statesBenefit(normalize(text), toOwner)).toBe(false);
  });

  it('counts only an offer, not a price, in a sentence that sells', () => {
    const sells = true;
    expect(statesBenefit(normalize('She works with fintechs on a monthly retainer (from £3,000 a month).'), toOwner, sells)).toBe(false);
    expect(statesBenefit(normalize("We'd give your front desk two months free to try it."), toOwner, sells)).toBe(true);
  });

  it('looks for what the target of a request would get, not the asker', () => {
    expect(statesBenefit(normalize("He is applying for the Staff Data Engineer role on Greta's team."), toTarget)).toBe(true);
    expect(statesBenefit(normalize('As return, we will share our survey results of 2,000 factories with her.'), toTarget)).toBe(true);
    expect(statesBenefit(normalize('We want to sign for all three depots (PO signed and ready, ~$180k/yr).'), toTarget)).toBe(true);
    expect(statesBenefit(normalize('I need to get him paid by Friday or he misses this payment run.'), toTarget)).toBe(true);
    expect(statesBenefit(normalize('The family wants to donate them, free to the museum.'), toTarget)).toBe(true);
    expect(statesBenefit(normalize('Greta is CTO at Quillstack and has been trying to fill the staff designer seat for months.'), toTarget)).toBe(true);
    expect(statesBenefit(normalize("I saw the designer opening on Greta Olsen's team and I think I'm a strong fit."), toTarget)).toBe(true);
    expect(statesBenefit(normalize('She played a big role in her old team.'), toTarget)).toBe(false);
    expect(statesBenefit(normalize("We're raising our seed round and Greta's experience would help us."), toTarget)).toBe(false);
  });
});

describe('statesInvestorFit', () => {
  const toOwner = benefitPatterns(YOU);
  const toTarget = benefitPatterns(THIRD_PERSON, ASKER, nameSwapper({ beneficiary: ['joe'] }));

  it.each([
    [toTarget, 'You mentioned your friend Joe Lambert has made several investments in the blockchain space.'],
    [toTarget, 'His fund has backed three grid-software companies.'],
    [toTarget, 'Joe invests in cold-chain logistics at pre-seed.'],
    [toTarget, 'She wrote the thesis on utility demand forecasting that we are building for.'],
    [toTarget, 'She has led seed rounds in four logistics-software companies.'],
    [toOwner, "You've backed more edtech companies than anyone I know."],
    [toOwner, 'You led the seed rounds in two of my favourite devtools companies.'],
    [toOwner, "Given your fund's industrial decarbonisation thesis, this one fits."],
    [toTarget, "Joe's talk at Logistics Week describes exactly what we do."],
  ])('reads the beneficiary\'s record in the field (%#): "%s"', (patterns, text) => {
    expect(statesInvestorFit(normalize(text), patterns)).toBe(true);
  });

  it.each([
    [toTarget, 'I invested in my own company first.'],
    [toTarget, 'We backed up the data before the call.'],
    [toOwner, 'Our lead investor has backed us since day one.'],
  ])('reads no record of the beneficiary\'s (%#): "%s"', (patterns, text) => {
    expect(statesInvestorFit(normalize(text), patterns)).toBe(false);
  });

  it.each([
    '14 credit unions are live and we are at $1.2M ARR, growing about 15% a month.',
    '1,900 units live across 61 buildings; $18k MRR.',
    'We grew revenue and are growing 14% a month since March.',
    'We are raising a $2.5M seed with $900k committed from our lead.',
    '$1.5M of it already committed, $2.5M target.',
    'Raising a $2.5M seed; $1.5M is committed.',
  ])('reads a round\'s traction as worth an investor\'s time: "%s"', (text) => {
    expect(statesInvestorFit(normalize(text), benefitPatterns(THIRD_PERSON))).toBe(true);
  });

  it.each([
    "We're raising our seed round and would love her advice.",
    'I am committed to making this work.',
    'Our team is growing fast.',
  ])('reads no traction in "%s"', (text) => {
    expect(statesInvestorFit(normalize(text), benefitPatterns(THIRD_PERSON))).toBe(false);
  });
});
