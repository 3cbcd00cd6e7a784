// Keeps each user's settings in their own user properties, one property per template and per corrected thread.
import { checkPropertySize, type SettingsStore, type UserSettings } from '../core/ports/settings-store';
import type { TemplateText } from '../core/templates/template';
import { INTRO_KINDS, type IntroKind } from '../core/triage/verdict';

const TEMPLATE_PREFIX = 'template.';
const KIND_PREFIX = 'kind.';
const SIGN_OFF = 'signOff';

export class UserPropertiesSettingsStore implements SettingsStore {
  constructor(private readonly properties: GoogleAppsScript.Properties.Properties = PropertiesService.getUserProperties()) {}

  load(): UserSettings {
    const all = this.properties.getProperties();
    const settings: UserSettings = { templates: {}, signOff: all[SIGN_OFF] ?? '', kindCorrections: {} };
    for (const [key, value] of Object.entries(all)) {
      if (key.startsWith(TEMPLATE_PREFIX)) {
        const text = parseTemplate(value);
        if (text) settings.templates[key.slice(TEMPLATE_PREFIX.length)] = text;
      } else if (key.startsWith(KIND_PREFIX) && (INTRO_KINDS as readonly string[]).includes(value)) {
        settings.kindCorrections[key.slice(KIND_PREFIX.length)] = value as IntroKind;
      }
    }
    return settings;
  }

  saveTemplate(id: string, text: TemplateText): void {
    this.properties.setProperty(TEMPLATE_PREFIX + id, checkPropertySize('This template', JSON.stringify(text)));
  }

  resetTemplate(id: string): void {
    this.properties.deleteProperty(TEMPLATE_PREFIX + id);
  }

  saveSignOff(name: string): void {
    this.properties.setProperty(SIGN_OFF, checkPropertySize('The sign-off name', name));
  }

  saveKindCorrection(threadId: string, kind: IntroKind): void {
    this.properties.setProperty(KIND_PREFIX + threadId, kind);
  }
}

// A value edited by hand in the script's properties may not be ours; it is skipped, and the default stands.
function parseTemplate(value: string): TemplateText | null {
  try {
    const parsed = JSON.parse(value) as Partial<TemplateText>;
    return typeof parsed.body === 'string' ? { subject: typeof parsed.subject === 'string' ? parsed.subject : '', body: parsed.body } : null;
  } catch {
    return null;
  }
}
