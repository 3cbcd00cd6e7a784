// Renders one card in Google's card JSON shape as the HTML of a Workspace add-on sidebar card.
import type { ActionJson, ButtonJson, CardJson, IconJson, OnClickJson, SectionJson, WidgetJson } from './card-json';
import { cardHtml, escapeHtml } from './card-text';

/** What a rendered control calls: the callback's global function name and its string parameters. */
export interface CardCall {
  function: string;
  parameters: Record<string, string>;
}

// Glyphs for the CardService.Icon names the add-on may use; the real icons are images we do not fetch.
const KNOWN_ICONS: Record<string, string> = {
  EMAIL: '✉', PERSON: '👤', MULTIPLE_PEOPLE: '👥', DESCRIPTION: '📄', BOOKMARK: '🔖', CLOCK: '🕑',
  INVITE: '✚', STAR: '★', OFFER: '🏷', EVENT_SEAT: '💺', PHONE: '☎', DOLLAR: '$', MEMBERSHIP: '🎫',
  HOTEL: '🏨', FLIGHT_DEPARTURE: '🛫', FLIGHT_ARRIVAL: '🛬', TRAIN: '🚆', BUS: '🚌', CAR: '🚗',
  AIRPLANE: '✈', VIDEO_CAMERA: '🎥', VIDEO_PLAY: '▶', CONFIRMATION_NUMBER_ICON: '#', TICKET: '🎟',
  STORE: '🏬', MAP_PIN: '📍', RESTAURANT_ICON: '🍴', HOTEL_ROOM_TYPE: '🛏',
};

// Labels point at their inputs by id, unique within one rendered card.
let fieldCount = 0;

/** Renders a card; every control that calls back carries its call as JSON in `data-call`. */
export function renderCard(card: CardJson): string {
  fieldCount = 0;
  const parts = [`<div class="card"${card.name ? ` data-card-name="${escapeHtml(card.name)}"` : ''}>`];
  if (card.header) parts.push(renderHeader(card.header.title, card.header.subtitle));
  for (const section of card.sections ?? []) parts.push(renderSection(section));
  const footer = card.fixedFooter;
  if (footer && (footer.primaryButton || footer.secondaryButton)) {
    const buttons = [footer.secondaryButton, footer.primaryButton].filter((b): b is ButtonJson => Boolean(b));
    parts.push(`<div class="card-footer">${buttons.map((b, i) => renderButton(b, i === buttons.length - 1)).join('')}</div>`);
  }
  parts.push('</div>');
  return parts.join('');
}

/** The card's own menu items (CardBuilder.addCardAction), shown in the sidebar's menu next to the universal actions. */
export function cardMenuItems(card: CardJson): { label: string; call: CardCall | null; link: string | null }[] {
  return (card.cardActions ?? []).map((a) => ({ label: a.actionLabel ?? '', call: callOf(a.onClick), link: linkOf(a.onClick) }));
}

function renderHeader(title = '', subtitle = ''): string {
  const sub = subtitle ? `<div class="card-subtitle">${escapeHtml(subtitle)}</div>` : '';
  return `<div class="card-header"><div class="card-title">${escapeHtml(title)}</div>${sub}</div>`;
}

function renderSection(section: SectionJson): string {
  const header = section.header ? `<div class="section-header">${cardHtml(section.header)}</div>` : '';
  const widgets = (section.widgets ?? []).map(renderWidget);
  const shown = section.collapsible ? Math.max(0, section.uncollapsibleWidgetsCount ?? 0) : widgets.length;
  const hidden = widgets.slice(shown);
  const more = hidden.length
    ? `<div class="section-more" hidden>${hidden.join('')}</div><button type="button" class="show-more" data-toggle-more>Show more</button>`
    : '';
  return `<div class="card-section">${header}${widgets.slice(0, shown).join('')}${more}</div>`;
}

function renderWidget(widget: WidgetJson): string {
  if (widget.textParagraph) return `<div class="widget text-paragraph">${cardHtml(widget.textParagraph.text ?? '')}</div>`;
  if (widget.decoratedText) return renderDecoratedText(widget.decoratedText);
  if (widget.buttonList) {
    const buttons = widget.buttonList.buttons ?? [];
    return `<div class="widget button-list">${buttons.map((b) => renderButton(b, false)).join('')}</div>`;
  }
  if (widget.textInput) {
    const input = widget.textInput;
    const name = escapeHtml(input.name ?? '');
    const value = escapeHtml(input.value ?? '');
    const change = callAttribute(toCall(input.onChangeAction), 'data-change-call');
    const id = nextFieldId();
    const control =
      input.type === 'MULTIPLE_LINE'
        ? `<textarea id="${id}" name="${name}" data-field="string" rows="4"${change}>${value}</textarea>`
        : `<input id="${id}" type="text" name="${name}" value="${value}" data-field="string"${change}>`;
    return labelled(id, input.label, control + hint(input.hintText));
  }
  if (widget.selectionInput) return renderSelection(widget.selectionInput);
  if (widget.dateTimePicker) {
    const picker = widget.dateTimePicker;
    const type = picker.type === 'DATE_ONLY' ? 'date' : picker.type === 'TIME_ONLY' ? 'time' : 'datetime-local';
    const ms = Number(picker.valueMsEpoch);
    const value = Number.isFinite(ms) && picker.valueMsEpoch !== undefined ? dateInputValue(new Date(ms), type) : '';
    const id = nextFieldId();
    return labelled(id, picker.label, `<input id="${id}" type="${type}" name="${escapeHtml(picker.name ?? '')}" value="${value}" data-field="date"${callAttribute(toCall(picker.onChangeAction), 'data-change-call')}>`);
  }
  if (widget.divider) return '<hr class="widget divider">';
  if (widget.image) {
    // The add-on's images live on Google's servers; the preview fetches nothing from outside.
    return `<div class="widget image-placeholder">${escapeHtml(widget.image.altText || 'image')}</div>`;
  }
  if (widget.columns) {
    const columns = (widget.columns.columnItems ?? []).map((c) => `<div class="column">${(c.widgets ?? []).map(renderWidget).join('')}</div>`);
    return `<div class="widget columns">${columns.join('')}</div>`;
  }
  return `<div class="widget unsupported">Widget the preview cannot show: ${escapeHtml(Object.keys(widget).join(', '))}</div>`;
}

function renderDecoratedText(item: NonNullable<WidgetJson['decoratedText']>): string {
  const icon = iconHtml(item.startIcon ?? item.icon);
  const top = item.topLabel ? `<div class="top-label">${escapeHtml(item.topLabel)}</div>` : '';
  const bottom = item.bottomLabel ? `<div class="bottom-label">${escapeHtml(item.bottomLabel)}</div>` : '';
  const text = `<div class="decorated-text-body${item.wrapText === false ? ' nowrap' : ''}">${cardHtml(item.text ?? '')}</div>`;
  let end = '';
  if (item.button) end = renderButton(item.button, false);
  else if (item.switchControl) {
    const control = item.switchControl;
    const role = control.controlType === 'CHECKBOX' || control.controlType === 'CHECK_BOX' ? '' : ' role="switch"';
    end = `<input type="checkbox"${role} name="${escapeHtml(control.name ?? '')}" value="${escapeHtml(control.value ?? '')}" data-field="string"${control.selected ? ' checked' : ''}${callAttribute(toCall(control.onChangeAction), 'data-change-call')}>`;
  }
  const click = callAttribute(callOf(item.onClick), 'data-call');
  return `<div class="widget decorated-text${click ? ' clickable' : ''}"${click}>${icon}<div class="decorated-text-main">${top}${text}${bottom}</div>${end}</div>`;
}

function renderSelection(input: NonNullable<WidgetJson['selectionInput']>): string {
  const name = escapeHtml(input.name ?? '');
  const items = input.items ?? [];
  const change = callAttribute(toCall(input.onChangeAction), 'data-change-call');
  if (input.type === 'DROPDOWN' || input.type === undefined) {
    const options = items.map(
      (item) => `<option value="${escapeHtml(item.value ?? '')}"${item.selected ? ' selected' : ''}>${escapeHtml(item.text ?? '')}</option>`,
    );
    const id = nextFieldId();
    return labelled(id, input.label, `<select id="${id}" name="${name}" data-field="string"${change}>${options.join('')}</select>`);
  }
  const type = input.type === 'RADIO_BUTTON' ? 'radio' : 'checkbox';
  const choices = items.map(
    (item) =>
      `<label class="choice"><input type="${type}" name="${name}" value="${escapeHtml(item.value ?? '')}" data-field="string"${item.selected ? ' checked' : ''}${change}>${escapeHtml(item.text ?? '')}</label>`,
  );
  return `<fieldset class="widget field choices"><legend class="field-label">${escapeHtml(input.label ?? '')}</legend>${choices.join('')}</fieldset>`;
}

function renderButton(button: ButtonJson, primary: boolean): string {
  const filled = primary || button.type === 'FILLED' || button.type === 'FILLED_TONAL' || (button.color !== undefined && button.type !== 'BORDERLESS' && button.type !== 'OUTLINED');
  const style = filled ? 'filled' : button.type === 'OUTLINED' ? 'outlined' : 'text';
  const label = button.text ? escapeHtml(button.text) : iconHtml(button.icon) || escapeHtml(button.altText ?? '');
  const link = linkOf(button.onClick);
  const disabled = button.disabled ? ' disabled' : '';
  if (link && !callOf(button.onClick)) {
    return `<a class="btn ${style}" href="${escapeHtml(link)}" target="_blank" rel="noopener noreferrer">${label}</a>`;
  }
  return `<button type="button" class="btn ${style}"${callAttribute(callOf(button.onClick), 'data-call')}${disabled}>${label}</button>`;
}

function callOf(onClick: OnClickJson | undefined): CardCall | null {
  return toCall(onClick?.action ?? onClick?.openDynamicLinkAction);
}

function toCall(action: ActionJson | undefined): CardCall | null {
  if (!action?.function) return null;
  return { function: action.function, parameters: Object.fromEntries((action.parameters ?? []).map((p) => [p.key, p.value])) };
}

function linkOf(onClick: OnClickJson | undefined): string | null {
  const url = onClick?.openLink?.url ?? '';
  return /^https?:/i.test(url) ? url : null;
}

function callAttribute(call: CardCall | null, attribute: string): string {
  return call ? ` ${attribute}="${escapeHtml(JSON.stringify(call))}"` : '';
}

function iconHtml(icon: IconJson | undefined): string {
  if (!icon) return '';
  const glyph = (icon.knownIcon && KNOWN_ICONS[icon.knownIcon]) || '•';
  return `<span class="icon" title="${escapeHtml(icon.altText ?? icon.knownIcon ?? '')}">${glyph}</span>`;
}

function nextFieldId(): string {
  fieldCount += 1;
  return `field-${fieldCount}`;
}

function labelled(id: string, label: string | undefined, control: string): string {
  return `<div class="widget field"><label class="field-label" for="${id}">${escapeHtml(label ?? '')}</label>${control}</div>`;
}

function hint(text: string | undefined): string {
  return text ? `<span class="field-hint">${escapeHtml(text)}</span>` : '';
}

function dateInputValue(date: Date, type: string): string {
  const iso = date.toISOString();
  return type === 'date' ? iso.slice(0, 10) : type === 'time' ? iso.slice(11, 16) : iso.slice(0, 16);
}
