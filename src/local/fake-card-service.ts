// A local CardService: every builder and enum the real service has, with only its real methods, building plain card JSON.
//
// What build() returns (the preview renders these objects; tests compare them with toEqual):
// - Card: { header?: {title, subtitle, imageUrl, imageType, imageAltText}, sections: [{header?, collapsible?,
//   uncollapsibleWidgetsCount?, widgets: [Widget]}], cardActions?: [{actionLabel, onClick}], name?,
//   fixedFooter?: {primaryButton?, secondaryButton?}, displayStyle?, peekCardHeader? }
// - Widget: exactly one key: textParagraph {text} | decoratedText {topLabel, text, bottomLabel, startIcon, endIcon,
//   wrapText, button, switchControl, onClick} (KeyValue builds one too) | buttonList {buttons} | image {imageUrl,
//   altText, onClick} | textInput {name, label, hintText, value, type: 'SINGLE_LINE'|'MULTIPLE_LINE', onChangeAction,
//   initialSuggestions {items: [{text}]}, autoCompleteAction, validation} | selectionInput {name, label, type, items:
//   [{text, value, selected}], onChangeAction} | dateTimePicker {name, label, type: 'DATE_ONLY'|'DATE_AND_TIME'|
//   'TIME_ONLY', valueMsEpoch, hours, minutes, timezoneOffsetDate, onChangeAction} | divider {} | grid {...};
//   a TextButton or ImageButton added directly to a section becomes buttonList {buttons: [it]}
// - Button: TextButton {text, onClick, type?: TextButtonStyle name, color?: {red, green, blue}, disabled?, altText?};
//   ImageButton {icon: {knownIcon | iconUrl | materialIcon}, altText?, onClick}
// - onClick, one of: {action: Action} | {openLink: {url, openAs?, onClose?}} | {openDynamicLinkAction: Action} |
//   {authorizationAction: {authorizationUrl}} | compose: {action: Action, composedEmailType: 'REPLY_AS_DRAFT' |
//   'STANDALONE_DRAFT'}; the callback of a compose action must return a ComposeActionResponse.
// - Action: {function, parameters?: [{key, value}], loadIndicator?, persistValues?, interaction?, requiredWidgets?,
//   allWidgetsAreRequired?}
// - ActionResponse: {navigations?: [{pushCard: Card} | {popCard: true} | {popToRoot: true} | {popToCard: name} |
//   {updateCard: Card}], notification?: {text}, openLink?: {url}, stateChanged?: boolean}
// - UniversalActionResponse: {cards: [Card]} | {openLink}; ComposeActionResponse: {gmailDraft: DraftRecord};
//   UpdateDraftActionResponse: {updateDraftBodyAction?: {updateContents: [{content, contentType}], updateType?},
//   updateDraftSubjectAction?: {subject}, updateDraftToRecipientsAction?: {toRecipients: [email]}, ...Cc, ...Bcc}
// Enum values appear in JSON as their names ('FILLED', 'SPINNER').
import { CARD_SERVICE_ENUMS, CARD_SERVICE_FACTORIES, CARD_SERVICE_TYPES } from './card-service-api';
import { draftRecordOf } from './draft-record';
import { argumentTypeName, FakeService } from './fake-service';

type Json = Record<string, unknown>;
type Handler = (json: Json, ...args: unknown[]) => void;

/** The cards v2 key each widget builder is wrapped in when added to a section. */
const WIDGET_KEYS: Readonly<Record<string, string>> = {
  TextParagraph: 'textParagraph',
  DecoratedText: 'decoratedText',
  KeyValue: 'decoratedText',
  ButtonSet: 'buttonList',
  Image: 'image',
  TextInput: 'textInput',
  SelectionInput: 'selectionInput',
  DatePicker: 'dateTimePicker',
  DateTimePicker: 'dateTimePicker',
  TimePicker: 'dateTimePicker',
  Divider: 'divider',
  Grid: 'grid',
};
/** Base types the d.ts names as parameters without declaring which builders extend them. */
const BUTTONS = ['TextButton', 'ImageButton'];
const SUBTYPES: Readonly<Record<string, readonly string[]>> = {
  Widget: [...Object.keys(WIDGET_KEYS), ...BUTTONS],
  Button: BUTTONS,
};
// "A card can have no more than 100 card sections" and "a card section can have no more than 100 widgets".
const MAX_SECTIONS = 100;
const MAX_WIDGETS = 100;

/** What a fake object is: a builder with the calls made on it, a built response, or an enum value. */
type Kind =
  | { is: 'builder'; type: string; json: Json }
  | { is: 'built'; type: string }
  | { is: 'enum'; type: string; name: string };
const kinds = new WeakMap<object, Kind>();

/** Which CardService type a value built by a FakeCardService is ('Card', 'ActionResponse', ...), if any. */
export function cardServiceKindOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? kinds.get(value)?.type : undefined;
}

const set = (key: string): Handler => (json, value) => {
  json[key] = value;
};
const push = (key: string): Handler => (json, value) => {
  json[key] = [...((json[key] as unknown[]) ?? []), value];
};
const concat = (key: string): Handler => (json, values) => {
  json[key] = [...((json[key] as unknown[]) ?? []), ...(values as unknown[])];
};
const merge = (key: string, field: string): Handler => (json, value) => {
  json[key] = { ...(json[key] as Json), [field]: value };
};

/** The methods that make a widget clickable, shared by every clickable builder. */
const CLICK: Readonly<Record<string, Handler>> = {
  setOnClickAction: (json, action) => (json.onClick = { action }),
  setOpenLink: (json, openLink) => (json.onClick = { openLink }),
  setOnClickOpenLinkAction: (json, action) => (json.onClick = { openDynamicLinkAction: action }),
  setAuthorizationAction: (json, authorizationAction) => (json.onClick = { authorizationAction }),
  setComposeAction: (json, action, composedEmailType) => (json.onClick = { action, composedEmailType }),
};
const PICKER: Readonly<Record<string, Handler>> = {
  setFieldName: set('name'),
  setTitle: set('label'),
  setValueInMsSinceEpoch: (json, ms) => (json.valueMsEpoch = Number(ms)),
  setTimeZoneOffsetInMins: set('timezoneOffsetDate'),
};
const DECORATED: Readonly<Record<string, Handler>> = {
  setIcon: merge('startIcon', 'knownIcon'),
  setIconUrl: merge('startIcon', 'iconUrl'),
  setIconAltText: merge('startIcon', 'altText'),
  setSwitchControl: set('switchControl'),
  setSwitch: set('switchControl'),
  setContent: set('text'),
  setMultiline: set('wrapText'),
};

/** Where a method's value lands when it does not follow the default (setFooBar -> fooBar, addFoo -> foos[]). */
const HANDLERS: Readonly<Record<string, Readonly<Record<string, Handler>>>> = {
  Action: {
    setFunctionName: set('function'),
    setMethodName: set('function'),
    addRequiredWidget: push('requiredWidgets'),
    setParameters: (json, parameters) =>
      (json.parameters = Object.entries(parameters as Json).map(([key, value]) => ({ key, value }))),
  },
  ActionResponseBuilder: {
    setNavigation: (json, navigation) => Object.assign(json, navigation),
    setOpenLink: set('openLink'),
  },
  CardAction: { setText: set('actionLabel') },
  CardHeader: { setImageStyle: set('imageType') },
  CardSection: { setNumUncollapsibleWidgets: set('uncollapsibleWidgetsCount'), addWidget: push('widgets') },
  CardBuilder: { addSection: push('sections'), addCardAction: push('cardActions') },
  ButtonSet: { addButton: push('buttons') },
  TextButton: {
    setTextButtonStyle: set('type'),
    setBackgroundColor: (json, color) => (json.color = rgbOf(String(color))),
  },
  ImageButton: {
    setIcon: merge('icon', 'knownIcon'),
    setIconUrl: merge('icon', 'iconUrl'),
    setMaterialIcon: merge('icon', 'materialIcon'),
  },
  DecoratedText: DECORATED,
  KeyValue: DECORATED,
  IconImage: { setIcon: set('knownIcon'), setImageCropType: set('imageType') },
  TextInput: {
    setFieldName: set('name'),
    setTitle: set('label'),
    setHint: set('hintText'),
    setMultiline: (json, multiline) => (json.type = multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE'),
    setSuggestions: set('initialSuggestions'),
    setSuggestionsAction: set('autoCompleteAction'),
  },
  SelectionInput: {
    setFieldName: set('name'),
    setTitle: set('label'),
    addItem: (json, text, value, selected) => push('items')(json, { text: String(text), value: String(value), selected }),
    addMultiSelectItem: (json, text, value, selected, startIconUri, bottomText) =>
      push('items')(json, { text, value, selected, startIconUri, bottomText }),
  },
  Suggestions: {
    addSuggestion: (json, text) => push('items')(json, { text }),
    addSuggestions: (json, texts) => concat('items')(json, (texts as string[]).map((text) => ({ text }))),
  },
  Switch: { setFieldName: set('name') },
  DatePicker: PICKER,
  DateTimePicker: PICKER,
  TimePicker: PICKER,
  Grid: { setNumColumns: set('columnCount'), addItem: push('items') },
  GridItem: { setIdentifier: set('id') },
  ImageComponent: { setImageUrl: set('imageUri') },
  ImageCropStyle: { setImageCropType: set('type') },
  Navigation: {
    pushCard: (json, card) => push('navigations')(json, { pushCard: card }),
    popCard: (json) => push('navigations')(json, { popCard: true }),
    popToRoot: (json) => push('navigations')(json, { popToRoot: true }),
    popToNamedCard: (json, name) => push('navigations')(json, { popToCard: name }),
    updateCard: (json, card) => push('navigations')(json, { updateCard: card }),
  },
  UniversalActionResponseBuilder: { displayAddOnCards: set('cards'), setOpenLink: set('openLink') },
  UpdateDraftBodyAction: {
    addUpdateContent: (json, content, contentType) => push('updateContents')(json, { content, contentType }),
  },
  UpdateDraftSubjectAction: { addUpdateSubject: set('subject') },
  UpdateDraftToRecipientsAction: { addUpdateToRecipients: concat('toRecipients') },
  UpdateDraftCcRecipientsAction: { addUpdateCcRecipients: concat('ccRecipients') },
  UpdateDraftBccRecipientsAction: { addUpdateBccRecipients: concat('bccRecipients') },
  CalendarEventActionResponseBuilder: { addAttachments: concat('attachments'), addAttendees: concat('attendees') },
};

/** The JSON a builder starts from, for fields the real service fills in by default. */
const INITIAL: Readonly<Record<string, () => Json>> = {
  CardBuilder: () => ({ sections: [] }),
  CardSection: () => ({ widgets: [] }),
  ButtonSet: () => ({ buttons: [] }),
  TextInput: () => ({ type: 'SINGLE_LINE' }),
  SelectionInput: () => ({ type: 'CHECK_BOX', items: [] }),
  DatePicker: () => ({ type: 'DATE_ONLY' }),
  DateTimePicker: () => ({ type: 'DATE_AND_TIME' }),
  TimePicker: () => ({ type: 'TIME_ONLY' }),
};

/**
 * The CardService an add-on script sees (`api`), plus call counts (`calls`, keyed `newCardBuilder`,
 * `CardBuilder.addSection`, ...). Builders have exactly the methods @types/google-apps-script declares, so
 * calling any other throws a TypeError ("... is not a function") as in Apps Script; arguments of the wrong
 * type throw the runtime's "The parameters (...) don't match the method signature" exception.
 */
export class FakeCardService extends FakeService {
  readonly api: GoogleAppsScript.Card_Service.CardService;

  constructor() {
    super();
    const api: Record<string, unknown> = {};
    for (const [enumName, members] of Object.entries(CARD_SERVICE_ENUMS)) {
      api[enumName] = Object.freeze(Object.fromEntries(members.map((name) => [name, enumValue(enumName, name)])));
    }
    for (const [factory, type] of Object.entries(CARD_SERVICE_FACTORIES)) {
      api[factory] = (...args: unknown[]) => {
        this.calls.record(factory);
        if (args.length > 0) throw this.mismatch(`CardService.${factory}`, args, describe);
        return this.newObject(type);
      };
    }
    this.api = Object.freeze(api) as unknown as GoogleAppsScript.Card_Service.CardService;
  }

  private newObject(type: string): object {
    const kind: Kind = { is: 'builder', type, json: INITIAL[type]?.() ?? {} };
    const object: Record<string, unknown> = {};
    for (const [method, signature] of Object.entries(CARD_SERVICE_TYPES[type] ?? {})) {
      object[method] = (...args: unknown[]) => {
        this.calls.record(`${type}.${method}`);
        if (args.length > signature.params.length || !signature.params.every((p, i) => this.accepts(p, args[i]))) {
          throw this.mismatch(`CardService.${type}.${method}`, args, describe);
        }
        if (method === 'build') return this.built(signature.returns, this.validated(type, kind.json));
        if (method === 'printJson') return JSON.stringify(kind.json, null, 2);
        if (method === 'throwException') throw Object.assign(this.exception('Authorization required'), kind.json);
        const values = args.map((arg, i) => this.snapshot(signature.params[i], arg));
        const handler = HANDLERS[type]?.[method] ?? CLICK[method] ?? defaultHandler(method);
        handler(kind.json, ...values);
        return object;
      };
    }
    kinds.set(object, kind);
    return object;
  }

  private built(type: string, json: Json): Json {
    const product = structuredClone(json);
    Object.defineProperty(product, 'printJson', { value: () => JSON.stringify(json, null, 2), enumerable: false });
    kinds.set(product, { is: 'built', type });
    return product;
  }

  /** Whether `value` may be passed where the d.ts declares `type`. */
  private accepts(type: string, value: unknown): boolean {
    if (type.includes(' | ')) return type.split(' | ').some((t) => this.accepts(t, value));
    if (type.endsWith('[]')) return Array.isArray(value) && value.every((v) => this.accepts(type.slice(0, -2), v));
    if (value === undefined || value === null) return false;
    switch (type) {
      case 'any':
      case 'Conference_Data.ConferenceData':
        return true;
      case 'string':
        return ['string', 'number', 'boolean'].includes(typeof value);
      case 'number':
      case 'Integer':
        return typeof value === 'number';
      case 'boolean':
        return typeof value === 'boolean';
      case '{ [key: string]: string }':
        // "Both keys and values must be strings."
        return typeof value === 'object' && Object.values(value).every((v) => typeof v === 'string');
      case 'Gmail.GmailDraft':
        return draftRecordOf(value) !== undefined;
    }
    const kind = typeof value === 'object' ? kinds.get(value as object) : undefined;
    if (!kind) return false;
    return kind.type === type || (SUBTYPES[type]?.includes(kind.type) ?? false);
  }

  /** What the card keeps of an argument: widgets and actions are copied when added, as the real service does. */
  private snapshot(type: string, value: unknown): unknown {
    if (Array.isArray(value)) return value.map((v) => this.snapshot(type.replace(/\[\]$/, ''), v));
    if (type === 'Gmail.GmailDraft') return draftRecordOf(value);
    if (type === 'string') return String(value);
    const kind = typeof value === 'object' && value !== null ? kinds.get(value) : undefined;
    if (!kind) return typeof value === 'object' && value !== null ? { ...value } : value;
    if (kind.is === 'enum') return kind.name;
    if (kind.is === 'built') return structuredClone(value);
    const json = this.validated(kind.type, structuredClone(kind.json));
    if (type !== 'Widget') return json;
    // A button added straight to a section shows as a one-button list.
    return BUTTONS.includes(kind.type) ? { buttonList: { buttons: [json] } } : { [WIDGET_KEYS[kind.type]]: json };
  }

  private validated(type: string, json: Json): Json {
    const sections = json.sections as Json[] | undefined;
    if (type === 'CardBuilder') {
      if (!sections?.length) throw this.exception('Card must have at least one section.');
      if (sections.length > MAX_SECTIONS) throw this.exception(`A card can have at most ${MAX_SECTIONS} sections.`);
    }
    if (type === 'CardSection' && (json.widgets as unknown[]).length > MAX_WIDGETS) {
      throw this.exception(`A card section can have at most ${MAX_WIDGETS} widgets.`);
    }
    if (type === 'TextButton' && !json.text) throw this.exception('TextButton must have text.');
    if (type === 'Action' && !json.function) throw this.exception('Action must have a function name.');
    return json;
  }

}

function defaultHandler(method: string): Handler {
  const field = method.replace(/^(set|add)/, '');
  const key = field.charAt(0).toLowerCase() + field.slice(1);
  return method.startsWith('add') ? push(`${key}s`) : set(key);
}

function enumValue(type: string, name: string): object {
  const value = Object.freeze({ toString: () => name });
  kinds.set(value, { is: 'enum', type, name });
  return value;
}

/** Names CardService objects by their type in signature errors. */
function describe(value: unknown): string {
  const type = cardServiceKindOf(value);
  return type ? `CardService.${type}` : argumentTypeName(value);
}

/** Cards v2 colours are RGB fractions; setBackgroundColor takes "#rrggbb". */
function rgbOf(hex: string): { red: number; green: number; blue: number } | string {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return hex;
  const [red, green, blue] = match.slice(1).map((h) => Math.round((parseInt(h, 16) / 255) * 1000) / 1000);
  return { red, green, blue };
}
