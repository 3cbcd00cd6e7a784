// The default words of the intro log's follow-up drafts: after a silent or declined ask, after an outcome, and for intros I made.
import type { Template } from './template';

export const NOT_A_FIT: Template = {
  id: 'not-a-fit',
  title: 'Tell the requester kindly it is not a fit',
  subject: '',
  body: `Hi {requester},

I checked with {target} about an introduction, and it isn't a fit for them at the moment. I'm sorry this one didn't work out, and thank you for asking in a way that made it easy to check first.

{my_name}`,
};

export const TELL_INTRODUCER: Template = {
  id: 'tell-introducer',
  title: 'Tell the introducer how it went',
  subject: '',
  body: `Hi {introducer},

A quick update on your intro to {other}: {outcome}. Thank you again for thinking of me and for making the connection.

{my_name}`,
};

export const ASK_HOW_IT_WENT: Template = {
  id: 'ask-how-it-went',
  title: 'Ask the people you introduced how it went',
  subject: '',
  body: `Hi {person_a} and {person_b},

It's been a little while since I put you in touch, so I'm curious: did you get to talk, and was it useful? A line or two is plenty.

{my_name}`,
};

/** The follow-up templates, in the order the Settings card lists them. */
export const FOLLOW_UP_TEMPLATES: readonly Template[] = [NOT_A_FIT, TELL_INTRODUCER, ASK_HOW_IT_WENT];
