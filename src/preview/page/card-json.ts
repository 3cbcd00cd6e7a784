// The Google card JSON shape (cards v2, as Card.printJson() prints it) that the preview renders; only the fields it reads.

export interface CardJson {
  name?: string;
  header?: CardHeaderJson;
  sections?: SectionJson[];
  cardActions?: { actionLabel?: string; onClick?: OnClickJson }[];
  fixedFooter?: { primaryButton?: ButtonJson; secondaryButton?: ButtonJson };
  displayStyle?: string;
  peekCardHeader?: CardHeaderJson;
}

export interface CardHeaderJson {
  title?: string;
  subtitle?: string;
  imageUrl?: string;
  imageType?: string;
  imageAltText?: string;
}

export interface SectionJson {
  header?: string;
  collapsible?: boolean;
  uncollapsibleWidgetsCount?: number;
  widgets?: WidgetJson[];
}

export interface WidgetJson {
  textParagraph?: { text?: string };
  decoratedText?: DecoratedTextJson;
  buttonList?: { buttons?: ButtonJson[] };
  textInput?: TextInputJson;
  selectionInput?: SelectionInputJson;
  dateTimePicker?: DateTimePickerJson;
  divider?: object;
  image?: { imageUrl?: string; altText?: string; onClick?: OnClickJson };
  columns?: { columnItems?: { widgets?: WidgetJson[] }[] };
}

export interface DecoratedTextJson {
  topLabel?: string;
  text?: string;
  bottomLabel?: string;
  wrapText?: boolean;
  startIcon?: IconJson;
  icon?: IconJson;
  button?: ButtonJson;
  switchControl?: { name?: string; value?: string; selected?: boolean; controlType?: string; onChangeAction?: ActionJson };
  onClick?: OnClickJson;
}

export interface IconJson {
  knownIcon?: string;
  iconUrl?: string;
  altText?: string;
}

export interface ButtonJson {
  text?: string;
  icon?: IconJson;
  altText?: string;
  disabled?: boolean;
  /** FILLED, FILLED_TONAL, OUTLINED or BORDERLESS; TextButtonStyle.FILLED prints as a colour on older cards. */
  type?: string;
  color?: { red?: number; green?: number; blue?: number; alpha?: number };
  onClick?: OnClickJson;
}

export interface OnClickJson {
  action?: ActionJson;
  openLink?: { url?: string };
  openDynamicLinkAction?: ActionJson;
  card?: CardJson;
}

export interface ActionJson {
  function?: string;
  parameters?: { key: string; value: string }[];
  loadIndicator?: string;
}

export interface TextInputJson {
  name?: string;
  label?: string;
  hintText?: string;
  value?: string;
  /** SINGLE_LINE or MULTIPLE_LINE. */
  type?: string;
  onChangeAction?: ActionJson;
}

export interface SelectionInputJson {
  name?: string;
  label?: string;
  /** CHECK_BOX, RADIO_BUTTON, SWITCH, DROPDOWN or MULTI_SELECT. */
  type?: string;
  items?: { text?: string; value?: string; selected?: boolean }[];
  onChangeAction?: ActionJson;
}

export interface DateTimePickerJson {
  name?: string;
  label?: string;
  /** DATE_AND_TIME, DATE_ONLY or TIME_ONLY. */
  type?: string;
  valueMsEpoch?: string | number;
  onChangeAction?: ActionJson;
}
