// The default words of the sidebar's drafts, written for Intro Guard: warm, short and plain.
import type { Template } from './template';

export const CONSENT_ASK: Template = {
  id: 'consent-ask',
  title: 'Ask the target first (double opt-in)',
  subject: 'Would you like an intro to {requester_full}?',
  body: `Hi {target},

{requester_full} asked me to introduce you. Before I do, I'd like to know whether you want that. Here is their note, as they wrote it:

{blurb}

If you'd like to talk, reply and I'll connect you. If not, there's no need to explain: no reply is a fine answer too, and I won't ask again.

{my_name}`,
};

export const REPLY_MOVE_TO_BCC: Template = {
  id: 'reply-move-to-bcc',
  title: 'Reply and move the introducer to BCC',
  subject: '',
  body: `Thank you for connecting us, {introducer}. I'm moving you to BCC to spare your inbox.

{other}, good to meet you. Would a short call next week work? Send me two or three times that suit you and I'll pick one.

{my_name}`,
};

export const DECLINE_KINDLY: Template = {
  id: 'decline-kindly',
  title: 'Decline kindly',
  subject: '',
  body: `Hi {introducer},

Thank you for thinking of me. I can't take this on right now, so I'll say so now rather than leave {other} waiting. I hope they find the right person.

{my_name}`,
};

export const ASK_FOR_BLURB: Template = {
  id: 'ask-for-blurb',
  title: 'Ask for a forwardable blurb',
  subject: '',
  body: `Hi {requester},

Glad to see whether {target} is open to this. Could you send me a few lines I can forward as they are: who you are, what you'd like from {target}, and what's in it for them? I'll pass it on and tell you what they say.

{my_name}`,
};

export const DECLINE_CONTACT_DETAILS: Template = {
  id: 'decline-contact-details',
  title: 'Decline to share contact details',
  subject: '',
  body: `Hi {requester},

I don't pass on contact details people have given me, so I won't share {target}'s. What I can do is ask {target} whether they'd like an introduction. If that suits you, send me a few lines I can forward: who you are and what's in it for them.

{my_name}`,
};

export const CONSENT_YES: Template = {
  id: 'consent-yes',
  title: 'Yes, happy to',
  subject: '',
  body: `Hi {introducer},

Yes, happy to. Please go ahead and introduce me to {other}, and thank you for asking first.

{my_name}`,
};

export const CONSENT_NO: Template = {
  id: 'consent-no',
  title: 'Not now, thanks',
  subject: '',
  body: `Hi {introducer},

Thank you for asking first. Not now, thanks: I don't have room for a conversation with {other} at the moment.

{my_name}`,
};

export const WRITE_THE_INTRO: Template = {
  id: 'write-the-intro',
  title: 'Write the intro (both said yes)',
  subject: 'Intro: {person_a_full} and {person_b_full}',
  body: `Hi {person_a} and {person_b},

Thank you both for saying yes. {person_a}, meet {person_b}; {person_b}, meet {person_a}.

{reason}

I'll leave the rest to you. Feel free to move me to BCC.

{my_name}`,
};

/** The sidebar's templates, in the order the Settings card lists them. */
export const DRAFT_TEMPLATES: readonly Template[] = [
  REPLY_MOVE_TO_BCC, DECLINE_KINDLY, CONSENT_ASK, ASK_FOR_BLURB, DECLINE_CONTACT_DETAILS,
  CONSENT_YES, CONSENT_NO, WRITE_THE_INTRO,
];
