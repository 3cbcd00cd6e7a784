// Every template the add-on offers, and the user's own versions laid over the defaults.
import { DRAFT_TEMPLATES } from './draft-templates';
import { FOLLOW_UP_TEMPLATES } from './follow-up-templates';
import { placeholdersIn } from './fill-template';
import { InputError } from '../input-error';
import type { Template, TemplateText } from './template';

/** All templates: the sidebar's drafts, then the intro log's follow-ups. */
export const TEMPLATE_CATALOGUE: readonly Template[] = [...DRAFT_TEMPLATES, ...FOLLOW_UP_TEMPLATES];

/** A template edit that cannot be saved, with a message the user can act on. */
export class TemplateEditError extends InputError {}

/** The default of one template; throws for an unknown id. */
export function defaultTemplate(id: string): Template {
  const template = TEMPLATE_CATALOGUE.find((t) => t.id === id);
  if (!template) throw new TemplateEditError(`There is no template called "${id}".`);
  return template;
}

/** Each template as the user will get it: their saved version where one exists, else the default. */
export function effectiveTemplates(overrides: Readonly<Record<string, TemplateText>>): Template[] {
  return TEMPLATE_CATALOGUE.map((t) => (overrides[t.id] ? { ...t, ...overrides[t.id] } : t));
}

/** One template from a list such as `effectiveTemplates` gives; a missing one is a programming error. */
export function templateIn(templates: readonly Template[], id: string): Template {
  const found = templates.find((t) => t.id === id);
  if (!found) throw new Error(`template ${id} is missing from the catalogue`);
  return found;
}

/**
 * Checks an edited template before it is stored: the body must not be empty, and it may only use
 * the placeholders its default knows how to fill, so a typo such as {introduce} is caught now.
 */
export function checkTemplateEdit(id: string, edit: TemplateText): TemplateText {
  const original = defaultTemplate(id);
  const body = edit.body.trim();
  if (!body) throw new TemplateEditError(`"${original.title}" needs some text. Use "Reset to default" to get the original back.`);
  const known = placeholdersIn(original.subject + original.body);
  const unknown = placeholdersIn(edit.subject + body).filter((p) => !known.includes(p));
  if (unknown.length > 0) {
    const list = (names: string[]) => names.map((n) => `{${n}}`).join(', ');
    throw new TemplateEditError(`"${original.title}" cannot fill ${list(unknown)}. It knows ${list(known)}.`);
  }
  return { subject: original.subject ? edit.subject.trim() : '', body };
}
