// The triage on hand-written threads: each kind, each flag with its evidence, the double opt-in, look-alikes and hostile input.
import { adversarialBodies, rawMessage } from '../../../bench/fixtures/synthetic-mail';
import { buildThread } from '../../../src/core/thread/build-thread';
import type { RawMessage } from '../../../src/core/thread/thread';
import { triage } from '../../../src/core/triage/triage';
import type { FlagCode, Verdict } from '../../../src/core/triage/verdict';

const ME = 'sam@brightloom.example.com';
const ME_HEADER = `"Sam Adeyemi" <${ME}>`;

function message(from: string, to: string, body: string, extra: Partial<RawMessage> = {}): RawMessage {
  return rawMessage({ from, to, plainBody: body, deliveredTo: to.includes(ME) ? ME : '', ...extra });
}

function judge(...messages: RawMessage[]): Verdict {
  const dated = messages.map((m, i) => ({ ...m, id: `m${i}`, date: new Date(Date.UTC(2024, 2, 4, 9 + i)) }));
  return triage(buildThread(dated), ME);
}

const codes = (verdict: Verdict): FlagCode[] => verdict.flags.map((flag) => flag.code).sort();

describe('triage', () => {
  it('flags a blind brain-pick intro with the sentences that show it and the rules they break', () => {
    const body = [
      'Hey Sam,',
      '',
      "Wanted to connect you with Kyle Brennan (cc'd). He just finished a bootcamp and I told him you'd be happy to grab a coffee and let him pick your brain about how you got started.",
      '',
      "I'll let you two take it from here!",
      '',
      'Greg',
    ].join('\n');
    const verdict = judge(message('"Greg Pollard" <greg@example.net>', ME_HEADER, body, { cc: '"Kyle Brennan" <kyle@example.org>', subject: 'Intro: Sam <> Kyle' }));

    expect(verdict.kind).toBe('intro');
    expect(verdict.introducer?.email).toBe('greg@example.net');
    expect(verdict.parties.map((p) => p.email)).toEqual(['kyle@example.org']);
    expect(codes(verdict)).toEqual(['brain-pick', 'no-benefit', 'no-consent']);
    for (const flag of verdict.flags) {
      expect(body.replace(/\s+/g, ' ')).toContain(flag.evidence);
      expect(flag.reason).toMatch(/rule [1-6]/);
      expect(flag.confidence).toBeGreaterThan(0);
    }
    expect(verdict.flags.find((f) => f.code === 'brain-pick')?.evidence).toMatch(/pick your brain/);
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('sees the double opt-in: an ask, the owner\'s yes, then the intro, with the yes as evidence', () => {
    const verdict = judge(
      message('"Dana W" <dana@example.org>', ME_HEADER, 'Hi Sam,\n\nWould you be open to an intro to Tomás Ferreira? His team would pay for a pilot of your optimiser.\n\nDana'),
      message(ME_HEADER, '"Dana W" <dana@example.org>', 'Hi Dana,\n\nYes, very much! Please go ahead.\n\nSam'),
      message('"Dana W" <dana@example.org>', `"Tomás Ferreira" <tomas@larkspur.example.net>, ${ME_HEADER}`, 'Tomás, meet Sam. Sam, meet Tomás.\n\nI\'ll let you two take it from here.\n\nDana'),
    );
    expect(verdict.kind).toBe('intro');
    expect(verdict.consent).toEqual({ shown: true, evidence: 'Yes, very much!' });
    expect(codes(verdict)).toEqual([]);
  });

  it('does not ask for a benefit in an intro the owner asked for', () => {
    const verdict = judge(
      message(ME_HEADER, '"Dana W" <dana@example.org>', 'Hi Dana,\n\nCould you introduce me to someone on the payments team at Larkspur?\n\nSam'),
      message('"Dana W" <dana@example.org>', `"Tomás Ferreira" <tomas@larkspur.example.net>, ${ME_HEADER}`, 'Tomás, meet Sam. Sam, meet Tomás, who runs payments at Larkspur.\n\nI\'ll let you two take it from here.\n\nDana'),
    );
    expect(verdict.kind).toBe('intro');
    expect(verdict.consent.shown).toBe(true);
    expect(codes(verdict)).toEqual([]);

    const requested = judge(
      message('"Dana W" <dana@example.org>', `"Tomás Ferreira" <tomas@larkspur.example.net>, ${ME_HEADER}`, 'Sam, as you requested, meet Tomás, who runs payments at Larkspur. Tomás, meet Sam.\n\nDana'),
    );
    expect(requested.consent.shown).toBe(true);
    expect(codes(requested)).toEqual([]);
  });

  it('reads the owner letting their details be passed on as consent to the intro that follows, which they need no benefit from', () => {
    const verdict = judge(
      message(ME_HEADER, '"Dana W" <dana@example.org>', 'Dana, I still have no accountant here. Happy for you to pass my number on to yours if they take new clients.\n\nSam'),
      message('"Dana W" <dana@example.org>', `"Tomás Ferreira" <tomas@larkspur.example.net>, ${ME_HEADER}`, 'Sam, meet Tomás, who has done my books for years. Tomás, meet Sam.\n\nDana'),
    );
    expect(verdict.kind).toBe('intro');
    expect(verdict.consent).toEqual({ shown: true, evidence: 'Happy for you to pass my number on to yours if they take new clients.' });
    expect(codes(verdict)).toEqual([]);
  });

  it.each([
    ['Sam, you told me last month to send over anyone who knows payments, so here he is.', 'Tomás, Sam runs Brightloom.'],
    ['Sam - you asked me last week who I would trust with your payroll.', 'Tomás runs Larkspur, who do ours. Tomás - Sam runs Brightloom.'],
  ])('needs no benefit spelled out in an intro the owner asked for: "%s"', (asked, rest) => {
    const verdict = judge(
      message('"Dana W" <dana@example.org>', `"Tomás Ferreira" <tomas@larkspur.example.net>, ${ME_HEADER}`, `Hi both,\n\n${asked} ${rest}\n\nDana`),
    );
    expect(verdict.kind).toBe('intro');
    expect(verdict.consent).toEqual({ shown: true, evidence: asked });
    expect(codes(verdict)).toEqual([]);
  });

  it('treats an intro after the owner said no as one made without consent', () => {
    const verdict = judge(
      message('"Dana W" <dana@example.org>', ME_HEADER, 'Hi Sam,\n\nWould you be open to an intro to Tomás Ferreira? He is keen.\n\nDana'),
      message(ME_HEADER, '"Dana W" <dana@example.org>', "Hi Dana,\n\nNot right now, sorry - I'll pass.\n\nSam"),
      message('"Dana W" <dana@example.org>', `"Tomás Ferreira" <tomas@larkspur.example.net>, ${ME_HEADER}`, 'Tomás, meet Sam. Sam, meet Tomás.\n\nOver to you both.'),
    );
    expect(verdict.kind).toBe('intro');
    expect(codes(verdict)).toContain('no-consent');
  });

  it('takes the owner\'s own request for the intro as consent', () => {
    const verdict = judge(
      message(ME_HEADER, '"Dana W" <dana@example.org>', 'Hi Dana, could you introduce me to Tomás at Larkspur? We want to sell him our route planner.'),
      message('"Dana W" <dana@example.org>', `"Tomás Ferreira" <tomas@larkspur.example.net>, ${ME_HEADER}`, 'Tomás, meet Sam. Sam, meet Tomás.\n\nOver to you both.'),
    );
    expect(verdict.kind).toBe('intro');
    expect(verdict.consent.shown).toBe(true);
    expect(codes(verdict)).not.toContain('no-consent');
  });

  it('calls an intro the owner wrote a my-intro, with the owner as introducer and no flags', () => {
    const verdict = judge(
      message(ME_HEADER, '"Lena" <lena@example.org>, "Carlos" <carlos@example.net>', 'Lena, meet Carlos. Carlos, meet Lena.\n\nYou both said yes, so over to you!\n\nSam'),
    );
    expect(verdict.kind).toBe('my-intro');
    expect(verdict.introducer?.email).toBe(ME);
    expect(verdict.parties.map((p) => p.email).sort()).toEqual(['carlos@example.net', 'lena@example.org']);
    expect(verdict.flags).toEqual([]);
  });

  it('recognises the owner\'s intro in a Bcc copy where only Delivered-To shows the owner', () => {
    const quoted = [
      'Thanks Sam (moving you to bcc)!',
      '',
      'Carlos, great to meet you. Tuesday?',
      '',
      'On Mon, Mar 4, 2024 at 9:14 AM Sam Adeyemi <sam@brightloom.example.com> wrote:',
      '> Lena, meet Carlos. Carlos, meet Lena.',
      '>',
      '> Over to you!',
    ].join('\n');
    const verdict = judge(message('"Lena" <lena@example.org>', '"Carlos" <carlos@example.net>', quoted, { deliveredTo: ME }));
    expect(verdict.kind).toBe('my-intro');
  });

  it('reads a request for an intro that also asks for the target\'s private number', () => {
    const verdict = judge(
      message('"Liam Foster" <liam@example.com>', ME_HEADER, "Hey Sam,\n\nCould you introduce me to Rafael Ortiz? If that's a hassle, just send me his cell and I'll call him myself.\n\nLiam"),
    );
    expect(verdict.kind).toBe('intro-request');
    expect(verdict.introducer?.email).toBe('liam@example.com');
    expect(codes(verdict)).toEqual(['contact-request', 'no-benefit']);
    expect(verdict.flags.find((f) => f.code === 'contact-request')?.evidence).toMatch(/send me his cell/);
  });

  it('reads a request that carries a note to forward as a request, though the note asks its target a question', () => {
    const body = [
      'Hi Sam,',
      '',
      "I'm hoping you might introduce me to Ruth Ng (ruth@example.net). We would give her team our linked dataset under an open licence.",
      '',
      'A paragraph you could forward is below.',
      '',
      'Ruth, Bea Lowe has a linked commuting dataset and would like to give it to your team. Would you be open to a short call?',
      '',
      'Bea',
    ].join('\n');
    const verdict = judge(message('"Bea Lowe" <bea@example.org>', ME_HEADER, body));
    expect(verdict.kind).toBe('intro-request');
    expect(verdict.parties.map((p) => p.email)).toEqual(['ruth@example.net']);
  });

  it('reads the terse intro that gives two people on the thread each other\'s names and describes them', () => {
    const verdict = judge(
      message('"Gary T" <gary@example.net>', `"Des Okafor" <des@example.org>, "Lena Marsh" <lena@example.com>, ${ME_HEADER}`, 'Des, Lena. Lena, Sam.\n\nLena\'s an architect, Sam does roofs. Figured you should know each other.\n\nG'),
    );
    expect(verdict.kind).toBe('intro');
    expect(codes(verdict)).toEqual(['no-benefit', 'no-consent']);
  });

  it('takes "she asked me whether I knew anyone", told to the other side about the owner, as the owner\'s own request', () => {
    const body = [
      'Hi Marcus and Sam,',
      '',
      "As promised, here's the intro!",
      '',
      'Marcus, Sam is the founder I mentioned. She asked me last week whether I knew anyone who books guests for founder podcasts.',
      '',
      "Sam, Marcus hosts The Founders' Hour and is always on the lookout for guests.",
      '',
      'Ruth',
    ].join('\n');
    const verdict = judge(message('"Ruth" <ruth@example.org>', `"Marcus Hill" <marcus@example.net>, ${ME_HEADER}`, body));
    expect(verdict.kind).toBe('intro');
    expect(verdict.consent.evidence).toMatch(/^She asked me last week/);
    expect(codes(verdict)).toEqual([]);
  });

  it.each([
    ['Marcus, meet Sam. Sam has kindly agreed to share how she grew her newsletter.', 'Sam has kindly agreed'],
    ['Marcus, this is Sam, who said yes before I had even finished asking.', 'who said yes'],
    ["Marcus, I'd like to introduce you to Sam, who has very kindly offered to look over your deck.", 'very kindly offered'],
    ['Marcus, meet Sam. She said she would be happy to chat about pricing.', 'She said she would be happy'],
  ])('takes the owner\'s agreement told to the other side ("%s") as consent', (line, evidence) => {
    const verdict = judge(message('"Ruth" <ruth@example.org>', `"Marcus Hill" <marcus@example.net>, ${ME_HEADER}`, `${line}\n\nSam, Marcus runs the lab next door.\n\nRuth`));
    expect(verdict.kind).toBe('intro');
    expect(verdict.consent.shown).toBe(true);
    expect(verdict.consent.evidence).toContain(evidence);
  });

  it('does not take the other side\'s agreement, or a third person\'s, for the owner\'s', () => {
    const toMe = judge(message('"Ruth" <ruth@example.org>', `"Marcus Hill" <marcus@example.net>, ${ME_HEADER}`, 'Sam, meet Marcus, who has kindly agreed to chat.\n\nMarcus, Sam runs the lab next door.\n\nRuth'));
    expect(toMe.kind).toBe('intro');
    expect(toMe.consent.shown).toBe(false);
    const thirdPerson = judge(message('"Ruth" <ruth@example.org>', `"Marcus Hill" <marcus@example.net>, ${ME_HEADER}`, 'Marcus, meet Sam. Priya, who has kindly agreed to host, will send you both a date.\n\nSam, Marcus runs the lab next door.\n\nRuth'));
    expect(thirdPerson.kind).toBe('intro');
    expect(thirdPerson.consent.shown).toBe(false);
  });

  it('takes a promise kept to the owner ("as promised, please meet Anneke") as consent, after a yes in the thread', () => {
    const intro = 'Sam,\n\nAs promised at the offsite, please meet Anneke. She ran data engineering at Meridale for six years.\n\nAnneke, Sam is hiring a platform lead.\n\nTamsin';
    const promised = judge(message('"Tamsin" <tamsin@example.org>', `"Anneke Vos" <anneke@example.net>, ${ME_HEADER}`, intro));
    expect(promised.kind).toBe('intro');
    expect(promised.consent.evidence).toBe('As promised at the offsite, please meet Anneke.');
    const answered = judge(
      message('"Tamsin" <tamsin@example.org>', ME_HEADER, 'Hi Sam,\n\nWould you be open to an intro to Anneke? She is looking for a platform lead role.\n\nTamsin'),
      message(ME_HEADER, '"Tamsin" <tamsin@example.org>', 'Yes please, go ahead.\n\nSam'),
      message('"Tamsin" <tamsin@example.org>', `"Anneke Vos" <anneke@example.net>, ${ME_HEADER}`, intro),
    );
    expect(answered.consent.evidence).toBe('Yes please, go ahead.');
    const toSomeoneElse = judge(message('"Tamsin" <tamsin@example.org>', `"Anneke Vos" <anneke@example.net>, ${ME_HEADER}`, 'Anneke, as promised, please meet Sam.\n\nSam, Anneke is looking for a platform lead role.\n\nTamsin'));
    expect(toSomeoneElse.consent.shown).toBe(false);
  });

  it('reads the owner named in the third person, in mail to both sides, as the one who gains', () => {
    const body = (needs: string) => `Dear Sam and Marcus,\n\nAs you both agreed, here is the introduction.\n\nMarcus's lab holds ten years of sensor data, which ${needs}'s model has been missing.\n\nRuth`;
    const toOwner = judge(message('"Ruth" <ruth@example.org>', `"Marcus Hill" <marcus@example.net>, ${ME_HEADER}`, body('Sam')));
    expect(toOwner.kind).toBe('intro');
    expect(codes(toOwner)).toEqual([]);
    const toTheOther = judge(message('"Ruth" <ruth@example.org>', `"Marcus Hill" <marcus@example.net>, ${ME_HEADER}`, body('Priya')));
    expect(codes(toTheOther)).toEqual(['no-benefit']);
  });

  it('reads an ask about a person described but not named ("the woman organising the fair") as a consent ask', () => {
    const verdict = judge(message('"Colin" <colin@example.net>', ME_HEADER, 'Hi Sam,\n\nCan I give your name to the woman organising the Harvest Fair?\n\nThey are after a band for the Saturday night and have £600 for it.\n\nColin'));
    expect(verdict.kind).toBe('consent-ask');
    expect(codes(verdict)).toEqual([]);
  });

  it('finds no benefit in a sentence that asks to learn from the owner, whatever audience it mentions', () => {
    const verdict = judge(
      message('"Dana" <dana@example.org>', `"Arjun Rao" <arjun@example.net>, ${ME_HEADER}`, "Sam, meet Arjun. Arjun, meet Sam.\n\nHe's just started a newsletter on climate policy (about 900 subscribers) and would love to learn how you grew yours.\n\nDana"),
    );
    expect(verdict.kind).toBe('intro');
    expect(codes(verdict)).toEqual(['brain-pick', 'no-benefit', 'no-consent']);
  });

  it('does not call a buyer asking the owner for a quote a sales pitch', () => {
    const body = [
      'Hi Sam, hi Lena,',
      '',
      'Sam, meet Lena Vogt (cc\'d). She runs operations for six clinics and wants to buy about 40 seats of your product before July.',
      '',
      'Lena: could you send Sam the details, and Sam, could you send the quote for 40 seats and a demo slot?',
      '',
      'Dana',
    ].join('\n');
    const verdict = judge(message('"Dana" <dana@example.org>', `"Lena Vogt" <lena@example.net>, ${ME_HEADER}`, body));
    expect(verdict.kind).toBe('intro');
    expect(codes(verdict)).toEqual(['no-consent']);
  });

  it('does not call a client who will pay the owner to go through her own pricing a sales pitch', () => {
    const body = "Hi Sam,\n\nWould you be open to an intro to Priti, who runs a tea import business? She'd like to book an afternoon of your time at your usual rate to go through her wholesale pricing, and is happy to pay in advance.\n\nDana";
    const verdict = judge(message('"Dana" <dana@example.org>', ME_HEADER, body));
    expect(verdict.kind).toBe('consent-ask');
    expect(codes(verdict)).toEqual([]);
  });

  it('still calls a seller who offers a quote and a demo a sales pitch', () => {
    const body = "Sam, meet Lena Vogt (cc'd). Her firm installs solar on warehouses; she'd love to show you a quick demo and is keen to quote for your Leeds site.\n\nDana";
    const verdict = judge(message('"Dana" <dana@example.org>', `"Lena Vogt" <lena@example.net>, ${ME_HEADER}`, body));
    expect(verdict.kind).toBe('intro');
    expect(codes(verdict)).toEqual(['no-benefit', 'no-consent', 'sales-pitch']);
  });

  it('reads "you said absolutely", in mail to someone else with the owner only in Cc, as that person\'s consent, not the owner\'s', () => {
    const body = "Jun,\n\nWhen I asked you on Tuesday whether you'd like to meet the Brightloom team you said absolutely, so here she is.\n\nJun, meet Sam (cc'd), who runs Brightloom. Over to you both.\n\nNaveen";
    const askedOther = judge(message('"Naveen" <naveen@example.org>', '"Jun Takeda" <jun@example.net>', body, { cc: ME_HEADER, deliveredTo: ME }));
    expect(askedOther.kind).toBe('intro');
    expect(codes(askedOther)).toContain('no-consent');

    const both = "Jun, Sam,\n\nSince you both said yes, here's the intro: Sam runs Brightloom and Jun wants to buy 600 seats of it.\n\nNaveen";
    const askedBoth = judge(message('"Naveen" <naveen@example.org>', '"Jun Takeda" <jun@example.net>', both, { cc: ME_HEADER, deliveredTo: ME }));
    expect(codes(askedBoth)).not.toContain('no-consent');
  });

  it('reads a request followed by the requester\'s note to forward as a request, though the note asks its target a question', () => {
    const verdict = judge(
      message('"Leila" <leila@example.org>', ME_HEADER, "Hi Sam,\n\nWould you be willing to introduce me to Tomasz Krawczyk? We'd like to hire him as a paid consultant.\n\nI'll send a short blurb you can forward.\n\nLeila"),
      message('"Leila" <leila@example.org>', ME_HEADER, "Here's the blurb, edit freely:\n\nHi Tomasz, Leila is CTO at Orchard Health and would like to hire you for a six-week review, paid at £900 a day. Would you be open to an intro?\n\nLeila"),
    );
    expect(verdict.kind).toBe('intro-request');
  });

  it('does not take a reward for the owner as a benefit for the target of a request', () => {
    const verdict = judge(
      message('"Dylan" <dylan@example.com>', ME_HEADER, "Hi Sam,\n\nCould you introduce me to Hugh Castellan? We'd love to explore a partnership with his group.\n\nAs a thank-you, we'd credit your account with two months free for any referral that signs.\n\nDylan"),
    );
    expect(verdict.kind).toBe('intro-request');
    expect(codes(verdict)).toContain('no-benefit');
  });

  it('finds what the target of a request would gain, not what the asker gains', () => {
    const verdict = judge(
      message('"Ravi" <ravi@example.com>', ME_HEADER, 'Hi Sam,\n\nCould you introduce me to Greta Holm (greta@example.net)? In return we would share our 2024 pricing survey with her before it is published.\n\nRavi'),
    );
    expect(verdict.kind).toBe('intro-request');
    expect(verdict.parties.map((p) => p.email)).toEqual(['greta@example.net']);
    expect(verdict.benefit?.shown).toBe(true);
    expect(codes(verdict)).toEqual([]);
  });

  it('reads a double opt-in ask for a sales demo as a consent ask with the pitch flagged', () => {
    const verdict = judge(
      message('"Mia" <mia@example.org>', ME_HEADER, 'Hi Sam!\n\nWould you be open to a quick chat with my friend Bianca? She just started her own agency and would love to tell you about her services.\n\nMia'),
    );
    expect(verdict.kind).toBe('consent-ask');
    expect(codes(verdict)).toEqual(['no-benefit', 'sales-pitch']);
  });

  it.each([
    ['a calendar invitation', 'Invitation: Meet on roadmap @ Tue 10am', 'Join with Google Meet: meet.google.com/abc-defg-hij\nMeet the roadmap team to review Q3.\nAccept | Decline | Maybe'],
    ['a "meet the team" newsletter', 'Meet the team!', 'Meet the team behind our spring collection.\nYou are receiving this because you subscribed. Unsubscribe.'],
    ['a seller introducing himself', 'Quick question', "Hi Sam,\n\nLet me introduce myself - I'm Jake, and I help teams take the pain out of payroll. Would you be open to a 15-minute call next week so I can show you how?\n\nJake"],
    ['a thank-you for an old intro', 'Thank you!', 'Hi Sam,\n\nThanks again for introducing me to Priya last month - we signed the pilot yesterday.\n\nAna'],
    ['a scheduling reply', 'Re: lunch', 'Tuesday works, see you at noon!'],
  ])('calls %s other', (_name, subject, body) => {
    const verdict = judge(message('"Someone" <someone@example.com>', ME_HEADER, body, { subject }));
    expect(verdict.kind).toBe('other');
    expect(verdict.flags).toEqual([]);
    expect(verdict.introducer).toBeNull();
  });

  it('reads only the shape of an intro in another language and invents no etiquette flags beyond the missing opt-in', () => {
    const verdict = judge(
      message('"Katrin Vogel" <katrin@example.com>', `${ME_HEADER}, "Stefan Müller" <s.mueller@example.org>`, 'Hallo Sam, hallo Stefan,\n\nich möchte euch gerne einander vorstellen. Stefan sucht einen Lieferanten für Gerste und ich habe sofort an dich gedacht.\n\nViele Grüße\nKatrin'),
    );
    expect(verdict.language).toBe('unsupported');
    expect(verdict.kind).toBe('intro');
    expect(verdict.confidence).toBeLessThan(0.75);
    expect(codes(verdict)).toEqual(['no-consent']);
  });

  it('calls a foreign-language thread that introduces nobody other, without flags', () => {
    const verdict = judge(message('"Paul" <paul@example.fr>', ME_HEADER, 'Bonjour Sam,\n\nje vous envoie la facture du mois de mars. Merci pour votre confiance.\n\nPaul'));
    expect(verdict.kind).toBe('other');
    expect(verdict.flags).toEqual([]);
  });

  it('reads an intro typed in lower case, each side greeted by first name on a line of its own', () => {
    const body = [
      'hey both, hope you dont mind me doing this',
      '',
      "sam - daniela's just moved here from leeds, her son is in your class",
      'daniela - sam is the one i said runs the saturday football',
      '',
      "honestly think you'd get on. ok im off x",
      '',
      'kez',
    ].join('\n');
    const verdict = judge(message('"Kerry Baptiste" <kez@example.com>', `${ME_HEADER}, "Daniela Ferraz" <daniela@example.org>`, body));
    expect(verdict.kind).toBe('intro');
    expect(codes(verdict)).toEqual(['no-benefit', 'no-consent']);
  });

  it('reads an owner copied only to be kept informed as not introduced', () => {
    const body = [
      'Carlos, Ming - you both said yes, so here is the intro.',
      '',
      "Carlos needs a racking supplier for the new warehouse; Ming's company can quote this week.",
      '',
      'Sam (cc) knows you both and is just copied for visibility.',
      '',
      'Nora',
    ].join('\n');
    const verdict = judge(
      message('"Nora Blake" <nora@example.org>', '"Carlos Ortega" <carlos@example.net>, "Ming Zhao" <ming@example.net>', body, { cc: ME_HEADER, deliveredTo: ME }),
    );
    expect(verdict.kind).toBe('other');
  });

  it('reads an ask that names the person on offer only after its verb as a consent ask', () => {
    const body = [
      'Dear Sam,',
      '',
      "I'm asking before doing anything: would you mind if I put Lena Ortiz in touch with you? Lena Ortiz runs development at the youth orchestra, and 20 minutes on the phone to hear how you wrote your grant application would mean a lot.",
      '',
      'Kofi',
    ].join('\n');
    const verdict = judge(message('"Kofi Mensah" <kofi@example.org>', ME_HEADER, body));
    expect(verdict.kind).toBe('consent-ask');
    expect(codes(verdict)).toEqual(['brain-pick', 'no-benefit']);
  });

  it('reads "ourselves" outside a self-introduction as no bar to the owner introducing two others', () => {
    const body = [
      'Hi Gordon,',
      '',
      "We don't take on repair calls ourselves, but Luis Ortega (copied) did all the plumbing on your extension, so he knows the house.",
      '',
      "Luis - Gordon's tank in the basement is leaking and he's home all week.",
      '',
      'Sam',
    ].join('\n');
    const verdict = judge(message(ME_HEADER, '"Gordon Fair" <gordon@example.net>', body, { cc: '"Luis Ortega" <luis@example.com>' }));
    expect(verdict.kind).toBe('my-intro');
  });

  it('reads an offer to share the owner\'s number with a couple who want to book them as a consent ask', () => {
    const body = [
      'Hi Sam,',
      '',
      'A couple from Leicester are planning their wedding party for September and want to book your band for two hours, with a budget of around £2,500.',
      '',
      'Shall I share your number and email with them? Please confirm.',
      '',
      'Kavita',
    ].join('\n');
    const verdict = judge(message('"Kavita Sharma" <kavita@example.org>', ME_HEADER, body));
    expect(verdict.kind).toBe('consent-ask');
    expect(codes(verdict)).toEqual([]);
  });

  it('reads a terse intro that names the other side by a short form of their name', () => {
    const body = [
      'Sam, this is Ken from my five-a-side.',
      "He's got a boundary dispute with his neighbour and I said you do property stuff.",
      'He wants to ask you a few things about where he stands before he pays a solicitor.',
      '',
      'Ken, Sam. Sam, Ken.',
      '',
      'Dave',
    ].join('\n');
    const verdict = judge(message('"Dave Pritchard" <dave@example.net>', `${ME_HEADER}, "Kenneth Dunmore" <kenneth@example.org>`, body));
    expect(verdict.kind).toBe('intro');
    expect(codes(verdict)).toEqual(['brain-pick', 'no-benefit', 'no-consent']);
  });

  it('reads an ask to pass the owner\'s details to a seller as a consent ask, though the seller asked who might buy', () => {
    const body = [
      'Sam,',
      '',
      'Mind if I pass your details to a chap called Gordon Baird? He sells robotic milking units and is doing the rounds of the county.',
      'He asked me who might be thinking about upgrading their parlour and your name came up, sorry!',
      "He'd want to come out and do his presentation, takes about an hour.",
      '',
      'Neil',
    ].join('\n');
    const verdict = judge(message('"Neil Fraser" <neil@example.net>', ME_HEADER, body));
    expect(verdict.kind).toBe('consent-ask');
    expect(codes(verdict)).toEqual(['no-benefit', 'sales-pitch']);
  });

  it('reads the ask that names the person on offer, when an earlier ask in the same mail names nobody', () => {
    const body = [
      'Sam,',
      '',
      'A quick one before I give your name to anyone.',
      'The chairman of the rugby club asked me at clinic whether I knew a physio who could cover home matches next season.',
      'Paid, £120 a game plus mileage.',
      'Would you like me to put you in touch with him?',
      '',
      'James',
    ].join('\n');
    const verdict = judge(message('"James Whitcombe" <james@example.org>', ME_HEADER, body));
    expect(verdict.kind).toBe('consent-ask');
    expect(verdict.kindEvidence).toBe('Would you like me to put you in touch with him?');
  });

  it('does not take "a couple of" calls for a couple on offer', () => {
    const body = ['Hi Sam,', '', 'I run the analytics team at Brightvale and would love your view on our roadmap.', 'Would you be open to a couple of calls this month?', '', 'Priya'].join('\n');
    const verdict = judge(message('"Priya Shah" <priya@example.net>', ME_HEADER, body));
    expect(verdict.kind).toBe('other');
  });

  it('reads an intro to an owner whose own address is a hello@ inbox as an intro, not as mail to a list', () => {
    const owner = '"Saoirse Dunleavy" <hello@saoirsedunleavy.example.com>';
    const body = ['Hello you two,', '', 'Saoirse, Omar runs Wildstem; the arch at the Larchfield shoot was his.', 'Omar, Saoirse photographed that whole day.', '', 'I have a feeling you would get on.', '', 'Bettina'].join('\n');
    const mail = rawMessage({ from: '"Bettina Kraus" <bettina@example.net>', to: `${owner}, "Omar Said" <omar@wildstem.example.org>`, plainBody: body, deliveredTo: 'hello@saoirsedunleavy.example.com', subject: 'Saoirse and Omar' });
    const verdict = triage(buildThread([{ ...mail, id: 'm0', date: new Date(Date.UTC(2024, 2, 4)) }]), 'hello@saoirsedunleavy.example.com');
    expect(verdict.kind).toBe('intro');
    expect(verdict.parties.map((p) => p.email)).toEqual(['omar@wildstem.example.org']);
  });

  it('takes any question that leaves the owner the choice, answered yes, as the opt-in for the intro that follows', () => {
    const verdict = judge(
      message('"Alan Harwell" <alan@biology.example.org>', ME_HEADER, 'Dear Sam,\n\nOne of my students, Maya Lind, wants to see inpatient rounds.\nWould you be willing to take her for a day in February? Please say no if the timing is wrong.\n\nAlan'),
      message(ME_HEADER, '"Alan Harwell" <alan@biology.example.org>', 'Alan, yes, happy to.\n\nSam'),
      message('"Alan Harwell" <alan@biology.example.org>', `${ME_HEADER}, "Maya Lind" <maya@students.example.org>`, 'Sam, Maya,\n\nMaya, Sam runs the medicine service. Sam, Maya is a junior in my section.\n\nAlan'),
    );
    expect(verdict.kind).toBe('intro');
    expect(verdict.consent.shown).toBe(true);
    expect(codes(verdict)).not.toContain('no-consent');
  });

  it('reads a stranger who names himself and copies the owner so two people can reconnect as an intro, titles and all', () => {
    const body = ['Mr. Adeyemi,', '', 'My name is Ryan McAllister, the county officer working on Curtis Lind\'s claim.', 'Curtis listed you as his supervisor from 1988 to 1991.', 'I am copying you here so the two of you can reconnect.', '', 'Curtis, Mr. Adeyemi is copied.', '', 'Ryan McAllister'].join('\n');
    const verdict = judge(message('"Ryan McAllister" <ryan@county.example.org>', '"Curtis Lind" <curtis@example.net>', body, { cc: ME_HEADER, deliveredTo: ME }));
    expect(verdict.kind).toBe('intro');
    expect(verdict.parties.map((p) => p.email)).toEqual(['curtis@example.net']);
  });

  it('reads an offer of one of the introducer\'s companies, asked first, as a consent ask, and a recruiter\'s own chat as none', () => {
    const offer = 'Sam,\n\nOne of our seed companies is looking for an operations advisor for the next year.\nThey offer $2,500 a month for two hours a week.\nI have not told them your name.\nInterested?\n\nChris';
    expect(judge(message('"Chris Navarro" <chris@fieldstone.example.com>', ME_HEADER, offer)).kind).toBe('consent-ask');
    const recruiter = "Hi Sam,\n\nI'm Stacey and I recruit for engineering leadership roles.\nI'm working with a climate company in Berlin that is looking for a VP Engineering.\nWould you be open to a confidential chat this week?\n\nStacey";
    expect(judge(message('"Stacey Mill" <stacey@talent.example.com>', ME_HEADER, recruiter)).kind).toBe('other');
  });

  it('answers other for an empty message', () => {
    const verdict = judge(message('"Paul" <paul@example.com>', ME_HEADER, ''));
    expect(verdict.kind).toBe('other');
    expect(verdict.confidence).toBeGreaterThanOrEqual(0);
    expect(verdict.confidence).toBeLessThanOrEqual(1);
  });

  it.each(Object.entries(adversarialBodies()))('finishes on hostile input (%s)', (_name, body) => {
    const verdict = judge(message('"X" <x@example.com>', ME_HEADER, body));
    expect(['intro', 'my-intro', 'intro-request', 'consent-ask', 'other']).toContain(verdict.kind);
  });
});
