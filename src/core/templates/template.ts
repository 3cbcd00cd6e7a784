// A draft template: the words of one kind of reply, with {placeholders} for the names and the blurb.

export interface Template {
  id: string;
  /** What the Settings card calls it. */
  title: string;
  /** '' keeps the reply's own "Re: …" subject. */
  subject: string;
  body: string;
}

/** The parts of a template a user may change; stored per user, over the default. */
export type TemplateText = Pick<Template, 'subject' | 'body'>;
