// Reads what an add-on function returned (CardService objects as the local CardService builds them) as the sidebar's next step.
import type { CardJson } from './page/card-json';
import type { AddOnResponse, Navigation } from './preview-api';

type Json = Record<string, unknown>;

/**
 * Names the response: triggers return a Card or Card[], buttons an ActionResponse, ComposeActionResponse or
 * UpdateDraftActionResponse, universal actions a UniversalActionResponse. `kindOf` tells which CardService
 * type built a value; anything else is a bug in the add-on and is reported as such.
 */
export function toAddOnResponse(value: unknown, kindOf: (value: unknown) => string | undefined): AddOnResponse {
  if (value === undefined || value === null) return { type: 'none' };
  if (Array.isArray(value)) {
    if (value.length === 0 || !value.every((card) => kindOf(card) === 'Card')) throw new Error(`expected built cards, got ${describe(value, kindOf)}`);
    return { type: 'cards', cards: value as CardJson[] };
  }
  const json = value as Json;
  switch (kindOf(value)) {
    case 'Card':
      return { type: 'cards', cards: [json as CardJson] };
    case 'ActionResponse':
      return {
        type: 'action',
        navigations: (json.navigations as Navigation[] | undefined) ?? [],
        notification: String((json.notification as Json | undefined)?.text ?? ''),
        openLink: String((json.openLink as Json | undefined)?.url ?? ''),
        stateChanged: json.stateChanged === true,
      };
    case 'UniversalActionResponse':
      if (Array.isArray(json.cards)) return { type: 'cards', cards: json.cards as CardJson[] };
      return { type: 'action', navigations: [], notification: '', openLink: String((json.openLink as Json | undefined)?.url ?? ''), stateChanged: false };
    case 'ComposeActionResponse':
      return { type: 'compose', draftId: String((json.gmailDraft as Json | undefined)?.id ?? '') };
    case 'UpdateDraftActionResponse':
      return { type: 'update-draft', draftId: '' };
    default:
      throw new Error(`expected a built CardService response, got ${describe(value, kindOf)}`);
  }
}

function describe(value: unknown, kindOf: (value: unknown) => string | undefined): string {
  if (Array.isArray(value)) return `[${value.map((v) => describe(v, kindOf)).join(', ')}]`;
  const kind = kindOf(value);
  if (kind?.endsWith('Builder')) return `a ${kind} whose .build() was never called`;
  return kind ?? (typeof value === 'object' ? 'an object no CardService builder built' : typeof value);
}
