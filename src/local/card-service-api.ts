// The CardService surface as @types/google-apps-script declares it: builder methods (parameter and return types), factories and enums. Written by scripts/card-service-api.mjs; do not edit.

export interface MethodSignature {
  params: readonly string[];
  returns: string;
}

export const CARD_SERVICE_FACTORIES: Readonly<Record<string, string>> = {
  "newAction": "Action",
  "newActionResponseBuilder": "ActionResponseBuilder",
  "newAttachment": "Attachment",
  "newAuthorizationAction": "AuthorizationAction",
  "newAuthorizationException": "AuthorizationException",
  "newBorderStyle": "BorderStyle",
  "newButtonSet": "ButtonSet",
  "newCalendarEventActionResponseBuilder": "CalendarEventActionResponseBuilder",
  "newCardAction": "CardAction",
  "newCardBuilder": "CardBuilder",
  "newCardHeader": "CardHeader",
  "newCardSection": "CardSection",
  "newComposeActionResponseBuilder": "ComposeActionResponseBuilder",
  "newDatePicker": "DatePicker",
  "newDateTimePicker": "DateTimePicker",
  "newDecoratedText": "DecoratedText",
  "newDivider": "Divider",
  "newDriveItemsSelectedActionResponseBuilder": "DriveItemsSelectedActionResponseBuilder",
  "newEditorFileScopeActionResponseBuilder": "EditorFileScopeActionResponseBuilder",
  "newFixedFooter": "FixedFooter",
  "newIconImage": "IconImage",
  "newGrid": "Grid",
  "newGridItem": "GridItem",
  "newImage": "Image",
  "newImageButton": "ImageButton",
  "newImageComponent": "ImageComponent",
  "newImageCropStyle": "ImageCropStyle",
  "newKeyValue": "KeyValue",
  "newLinkPreview": "LinkPreview",
  "newMaterialIcon": "MaterialIcon",
  "newNavigation": "Navigation",
  "newNotification": "Notification",
  "newOpenLink": "OpenLink",
  "newSelectionInput": "SelectionInput",
  "newSuggestions": "Suggestions",
  "newSuggestionsResponseBuilder": "SuggestionsResponseBuilder",
  "newSwitch": "Switch",
  "newTextButton": "TextButton",
  "newTextInput": "TextInput",
  "newTextParagraph": "TextParagraph",
  "newTimePicker": "TimePicker",
  "newUniversalActionResponseBuilder": "UniversalActionResponseBuilder",
  "newUpdateDraftActionResponseBuilder": "UpdateDraftActionResponseBuilder",
  "newUpdateDraftBccRecipientsAction": "UpdateDraftBccRecipientsAction",
  "newUpdateDraftBodyAction": "UpdateDraftBodyAction",
  "newUpdateDraftCcRecipientsAction": "UpdateDraftCcRecipientsAction",
  "newUpdateDraftSubjectAction": "UpdateDraftSubjectAction",
  "newUpdateDraftToRecipientsAction": "UpdateDraftToRecipientsAction",
  "newValidation": "Validation"
};

export const CARD_SERVICE_TYPES: Readonly<Record<string, Readonly<Record<string, MethodSignature>>>> = {
  Action: {
    addRequiredWidget: {"params":["string"],"returns":"Action"},
    setAllWidgetsAreRequired: {"params":["boolean"],"returns":"Action"},
    setFunctionName: {"params":["string"],"returns":"Action"},
    setInteraction: {"params":["Interaction"],"returns":"Action"},
    setLoadIndicator: {"params":["LoadIndicator"],"returns":"Action"},
    setParameters: {"params":["{ [key: string]: string }"],"returns":"Action"},
    setMethodName: {"params":["string"],"returns":"Action"},
    setPersistValues: {"params":["boolean"],"returns":"Action"},
  },
  ActionResponse: {
    printJson: {"params":[],"returns":"string"},
  },
  ActionResponseBuilder: {
    build: {"params":[],"returns":"ActionResponse"},
    setNavigation: {"params":["Navigation"],"returns":"ActionResponseBuilder"},
    setNotification: {"params":["Notification"],"returns":"ActionResponseBuilder"},
    setOpenLink: {"params":["OpenLink"],"returns":"ActionResponseBuilder"},
    setStateChanged: {"params":["boolean"],"returns":"ActionResponseBuilder"},
  },
  Attachment: {
    setIconUrl: {"params":["string"],"returns":"Attachment"},
    setMimeType: {"params":["string"],"returns":"Attachment"},
    setResourceUrl: {"params":["string"],"returns":"Attachment"},
    setTitle: {"params":["string"],"returns":"Attachment"},
  },
  AuthorizationAction: {
    setAuthorizationUrl: {"params":["string"],"returns":"AuthorizationAction"},
  },
  AuthorizationException: {
    printJson: {"params":[],"returns":"string"},
    setAuthorizationUrl: {"params":["string"],"returns":"AuthorizationException"},
    setCustomUiCallback: {"params":["string"],"returns":"AuthorizationException"},
    setResourceDisplayName: {"params":["string"],"returns":"AuthorizationException"},
    throwException: {"params":[],"returns":"void"},
  },
  Button: {
    setAuthorizationAction: {"params":["AuthorizationAction"],"returns":"Button"},
    setComposeAction: {"params":["Action","ComposedEmailType"],"returns":"Button"},
    setOnClickAction: {"params":["Action"],"returns":"Button"},
    setOnClickOpenLinkAction: {"params":["Action"],"returns":"Button"},
    setOpenLink: {"params":["OpenLink"],"returns":"Button"},
  },
  ButtonSet: {
    addButton: {"params":["Button"],"returns":"ButtonSet"},
  },
  Card: {
    printJson: {"params":[],"returns":"string"},
  },
  CardAction: {
    setAuthorizationAction: {"params":["AuthorizationAction"],"returns":"CardAction"},
    setComposeAction: {"params":["Action","ComposedEmailType"],"returns":"CardAction"},
    setOnClickAction: {"params":["Action"],"returns":"CardAction"},
    setOnClickOpenLinkAction: {"params":["Action"],"returns":"CardAction"},
    setOpenLink: {"params":["OpenLink"],"returns":"CardAction"},
    setText: {"params":["string"],"returns":"CardAction"},
  },
  CardBuilder: {
    addCardAction: {"params":["CardAction"],"returns":"CardBuilder"},
    addSection: {"params":["CardSection"],"returns":"CardBuilder"},
    build: {"params":[],"returns":"Card"},
    setHeader: {"params":["CardHeader"],"returns":"CardBuilder"},
    setName: {"params":["string"],"returns":"CardBuilder"},
    setFixedFooter: {"params":["FixedFooter"],"returns":"CardBuilder"},
    setDisplayStyle: {"params":["DisplayStyle"],"returns":"CardBuilder"},
    setPeekCardHeader: {"params":["CardHeader"],"returns":"CardBuilder"},
  },
  CardHeader: {
    setImageAltText: {"params":["string"],"returns":"CardHeader"},
    setImageStyle: {"params":["ImageStyle"],"returns":"CardHeader"},
    setImageUrl: {"params":["string"],"returns":"CardHeader"},
    setSubtitle: {"params":["string"],"returns":"CardHeader"},
    setTitle: {"params":["string"],"returns":"CardHeader"},
  },
  CardSection: {
    addWidget: {"params":["Widget"],"returns":"CardSection"},
    setCollapsible: {"params":["boolean"],"returns":"CardSection"},
    setHeader: {"params":["string"],"returns":"CardSection"},
    setNumUncollapsibleWidgets: {"params":["Integer"],"returns":"CardSection"},
  },
  ComposeActionResponse: {
    printJson: {"params":[],"returns":"string"},
  },
  ComposeActionResponseBuilder: {
    build: {"params":[],"returns":"ComposeActionResponse"},
    setGmailDraft: {"params":["Gmail.GmailDraft"],"returns":"ComposeActionResponseBuilder"},
  },
  IconImage: {
    setAltText: {"params":["string"],"returns":"IconImage"},
    setIcon: {"params":["Icon"],"returns":"IconImage"},
    setIconUrl: {"params":["string"],"returns":"IconImage"},
    setImageCropType: {"params":["ImageCropType"],"returns":"IconImage"},
    setMaterialIcon: {"params":["MaterialIcon"],"returns":"IconImage"},
  },
  Image: {
    setAltText: {"params":["string"],"returns":"Image"},
    setAuthorizationAction: {"params":["AuthorizationAction"],"returns":"Image"},
    setComposeAction: {"params":["Action","ComposedEmailType"],"returns":"Image"},
    setImageUrl: {"params":["string"],"returns":"Image"},
    setOnClickAction: {"params":["Action"],"returns":"Image"},
    setOnClickOpenLinkAction: {"params":["Action"],"returns":"Image"},
    setOpenLink: {"params":["OpenLink"],"returns":"Image"},
  },
  ImageButton: {
    setAltText: {"params":["string"],"returns":"ImageButton"},
    setAuthorizationAction: {"params":["AuthorizationAction"],"returns":"ImageButton"},
    setComposeAction: {"params":["Action","ComposedEmailType"],"returns":"ImageButton"},
    setIcon: {"params":["Icon"],"returns":"ImageButton"},
    setIconUrl: {"params":["string"],"returns":"ImageButton"},
    setMaterialIcon: {"params":["MaterialIcon"],"returns":"ImageButton"},
    setOnClickAction: {"params":["Action"],"returns":"ImageButton"},
    setOnClickOpenLinkAction: {"params":["Action"],"returns":"ImageButton"},
    setOpenLink: {"params":["OpenLink"],"returns":"ImageButton"},
  },
  KeyValue: {
    setAuthorizationAction: {"params":["AuthorizationAction"],"returns":"KeyValue"},
    setBottomLabel: {"params":["string"],"returns":"KeyValue"},
    setButton: {"params":["Button"],"returns":"KeyValue"},
    setComposeAction: {"params":["Action","ComposedEmailType"],"returns":"KeyValue"},
    setContent: {"params":["string"],"returns":"KeyValue"},
    setIcon: {"params":["Icon"],"returns":"KeyValue"},
    setIconAltText: {"params":["string"],"returns":"KeyValue"},
    setIconUrl: {"params":["string"],"returns":"KeyValue"},
    setMultiline: {"params":["boolean"],"returns":"KeyValue"},
    setOnClickAction: {"params":["Action"],"returns":"KeyValue"},
    setOnClickOpenLinkAction: {"params":["Action"],"returns":"KeyValue"},
    setOpenLink: {"params":["OpenLink"],"returns":"KeyValue"},
    setSwitch: {"params":["Switch"],"returns":"KeyValue"},
    setTopLabel: {"params":["string"],"returns":"KeyValue"},
  },
  LinkPreview: {
    printJson: {"params":[],"returns":"string"},
    setLinkPreviewTitle: {"params":["string"],"returns":"LinkPreview"},
    setPreviewCard: {"params":["Card"],"returns":"LinkPreview"},
    setTitle: {"params":["string"],"returns":"LinkPreview"},
  },
  MaterialIcon: {
    setFill: {"params":["boolean"],"returns":"MaterialIcon"},
    setGrade: {"params":["Integer"],"returns":"MaterialIcon"},
    setName: {"params":["string"],"returns":"MaterialIcon"},
    setWeight: {"params":["Integer"],"returns":"MaterialIcon"},
  },
  Navigation: {
    popCard: {"params":[],"returns":"Navigation"},
    popToNamedCard: {"params":["string"],"returns":"Navigation"},
    popToRoot: {"params":[],"returns":"Navigation"},
    printJson: {"params":[],"returns":"string"},
    pushCard: {"params":["Card"],"returns":"Navigation"},
    updateCard: {"params":["Card"],"returns":"Navigation"},
  },
  Notification: {
    setText: {"params":["string"],"returns":"Notification"},
  },
  OpenLink: {
    setOnClose: {"params":["OnClose"],"returns":"OpenLink"},
    setOpenAs: {"params":["OpenAs"],"returns":"OpenLink"},
    setUrl: {"params":["string"],"returns":"OpenLink"},
  },
  SelectionInput: {
    addItem: {"params":["any","any","boolean"],"returns":"SelectionInput"},
    addMultiSelectItem: {"params":["string","string","boolean","string","string"],"returns":"SelectionInput"},
    setExternalDataSource: {"params":["Action"],"returns":"SelectionInput"},
    setFieldName: {"params":["string"],"returns":"SelectionInput"},
    setMultiSelectMaxSelectedItems: {"params":["Integer"],"returns":"SelectionInput"},
    setMultiSelectMinQueryLength: {"params":["Integer"],"returns":"SelectionInput"},
    setOnChangeAction: {"params":["Action"],"returns":"SelectionInput"},
    setTitle: {"params":["string"],"returns":"SelectionInput"},
    setType: {"params":["SelectionInputType"],"returns":"SelectionInput"},
  },
  Suggestions: {
    addSuggestion: {"params":["string"],"returns":"Suggestions"},
    addSuggestions: {"params":["string[]"],"returns":"Suggestions"},
  },
  SuggestionsResponse: {
    printJson: {"params":[],"returns":"string"},
  },
  SuggestionsResponseBuilder: {
    build: {"params":[],"returns":"SuggestionsResponse"},
    setSuggestions: {"params":["Suggestions"],"returns":"SuggestionsResponseBuilder"},
  },
  Switch: {
    setFieldName: {"params":["string"],"returns":"Switch"},
    setOnChangeAction: {"params":["Action"],"returns":"Switch"},
    setSelected: {"params":["boolean"],"returns":"Switch"},
    setValue: {"params":["string"],"returns":"Switch"},
    setControlType: {"params":["SwitchControlType"],"returns":"Switch"},
  },
  TextButton: {
    setAltText: {"params":["string"],"returns":"TextButton"},
    setAuthorizationAction: {"params":["AuthorizationAction"],"returns":"TextButton"},
    setBackgroundColor: {"params":["string"],"returns":"TextButton"},
    setComposeAction: {"params":["Action","ComposedEmailType"],"returns":"TextButton"},
    setDisabled: {"params":["boolean"],"returns":"TextButton"},
    setOnClickAction: {"params":["Action"],"returns":"TextButton"},
    setOnClickOpenLinkAction: {"params":["Action"],"returns":"TextButton"},
    setOpenLink: {"params":["OpenLink"],"returns":"TextButton"},
    setText: {"params":["string"],"returns":"TextButton"},
    setTextButtonStyle: {"params":["TextButtonStyle"],"returns":"TextButton"},
  },
  TextInput: {
    setFieldName: {"params":["string"],"returns":"TextInput"},
    setHint: {"params":["string"],"returns":"TextInput"},
    setMultiline: {"params":["boolean"],"returns":"TextInput"},
    setOnChangeAction: {"params":["Action"],"returns":"TextInput"},
    setSuggestions: {"params":["Suggestions"],"returns":"TextInput"},
    setSuggestionsAction: {"params":["Action"],"returns":"TextInput"},
    setTitle: {"params":["string"],"returns":"TextInput"},
    setValidation: {"params":["Validation"],"returns":"TextInput"},
    setValue: {"params":["string"],"returns":"TextInput"},
  },
  TextParagraph: {
    setText: {"params":["string"],"returns":"TextParagraph"},
  },
  UniversalActionResponse: {
    printJson: {"params":[],"returns":"string"},
  },
  TimePicker: {
    setFieldName: {"params":["string"],"returns":"TimePicker"},
    setHours: {"params":["number"],"returns":"TimePicker"},
    setMinutes: {"params":["number"],"returns":"TimePicker"},
    setOnChangeAction: {"params":["Action"],"returns":"TimePicker"},
    setTitle: {"params":["string"],"returns":"TimePicker"},
  },
  UniversalActionResponseBuilder: {
    build: {"params":[],"returns":"UniversalActionResponse"},
    displayAddOnCards: {"params":["Card[]"],"returns":"UniversalActionResponseBuilder"},
    setOpenLink: {"params":["OpenLink"],"returns":"UniversalActionResponseBuilder"},
  },
  UpdateDraftActionResponse: {
    printJson: {"params":[],"returns":"string"},
  },
  UpdateDraftActionResponseBuilder: {
    build: {"params":[],"returns":"UpdateDraftActionResponse"},
    setUpdateDraftBccRecipientsAction: {"params":["UpdateDraftBccRecipientsAction"],"returns":"UpdateDraftActionResponseBuilder"},
    setUpdateDraftBodyAction: {"params":["UpdateDraftBodyAction"],"returns":"UpdateDraftActionResponseBuilder"},
    setUpdateDraftCcRecipientsAction: {"params":["UpdateDraftCcRecipientsAction"],"returns":"UpdateDraftActionResponseBuilder"},
    setUpdateDraftSubjectAction: {"params":["UpdateDraftSubjectAction"],"returns":"UpdateDraftActionResponseBuilder"},
    setUpdateDraftToRecipientsAction: {"params":["UpdateDraftToRecipientsAction"],"returns":"UpdateDraftActionResponseBuilder"},
  },
  UpdateDraftBodyAction: {
    addUpdateContent: {"params":["string","ContentType"],"returns":"UpdateDraftBodyAction"},
    setUpdateType: {"params":["UpdateDraftBodyType"],"returns":"UpdateDraftBodyAction"},
  },
  UpdateDraftBccRecipientsAction: {
    addUpdateBccRecipients: {"params":["string[]"],"returns":"UpdateDraftBccRecipientsAction"},
  },
  UpdateDraftCcRecipientsAction: {
    addUpdateCcRecipients: {"params":["string[]"],"returns":"UpdateDraftCcRecipientsAction"},
  },
  UpdateDraftSubjectAction: {
    addUpdateSubject: {"params":["string"],"returns":"UpdateDraftSubjectAction"},
  },
  UpdateDraftToRecipientsAction: {
    addUpdateToRecipients: {"params":["string[]"],"returns":"UpdateDraftToRecipientsAction"},
  },
  Validation: {
    setCharacterLimit: {"params":["Integer"],"returns":"Validation"},
    setInputType: {"params":["InputType"],"returns":"Validation"},
  },
  FixedFooter: {
    setPrimaryButton: {"params":["TextButton"],"returns":"FixedFooter"},
    setSecondaryButton: {"params":["TextButton"],"returns":"FixedFooter"},
  },
  CalendarEventActionResponse: {
    printJson: {"params":[],"returns":"string"},
  },
  CalendarEventActionResponseBuilder: {
    addAttachments: {"params":["Attachment[]"],"returns":"CalendarEventActionResponseBuilder"},
    addAttendees: {"params":["string[]"],"returns":"CalendarEventActionResponseBuilder"},
    build: {"params":[],"returns":"CalendarEventActionResponse"},
    setConferenceData: {"params":["Conference_Data.ConferenceData"],"returns":"CalendarEventActionResponseBuilder"},
  },
  DatePicker: {
    setFieldName: {"params":["string"],"returns":"DatePicker"},
    setOnChangeAction: {"params":["Action"],"returns":"DatePicker"},
    setTitle: {"params":["string"],"returns":"DatePicker"},
    setValueInMsSinceEpoch: {"params":["number | string"],"returns":"DatePicker"},
  },
  DateTimePicker: {
    setFieldName: {"params":["string"],"returns":"DateTimePicker"},
    setOnChangeAction: {"params":["Action"],"returns":"DateTimePicker"},
    setTimeZoneOffsetInMins: {"params":["Integer"],"returns":"DateTimePicker"},
    setTitle: {"params":["string"],"returns":"DateTimePicker"},
    setValueInMsSinceEpoch: {"params":["number | string"],"returns":"DateTimePicker"},
  },
  DecoratedText: {
    setAuthorizationAction: {"params":["AuthorizationAction"],"returns":"DecoratedText"},
    setBottomLabel: {"params":["string"],"returns":"DecoratedText"},
    setButton: {"params":["Button"],"returns":"DecoratedText"},
    setComposeAction: {"params":["Action","ComposedEmailType"],"returns":"DecoratedText"},
    setEndIcon: {"params":["IconImage"],"returns":"DecoratedText"},
    setIcon: {"params":["Icon"],"returns":"DecoratedText"},
    setIconAltText: {"params":["string"],"returns":"DecoratedText"},
    setIconUrl: {"params":["string"],"returns":"DecoratedText"},
    setOnClickAction: {"params":["Action"],"returns":"DecoratedText"},
    setOnClickOpenLinkAction: {"params":["Action"],"returns":"DecoratedText"},
    setOpenLink: {"params":["OpenLink"],"returns":"DecoratedText"},
    setStartIcon: {"params":["IconImage"],"returns":"DecoratedText"},
    setSwitchControl: {"params":["Switch"],"returns":"DecoratedText"},
    setText: {"params":["string"],"returns":"DecoratedText"},
    setTopLabel: {"params":["string"],"returns":"DecoratedText"},
    setWrapText: {"params":["boolean"],"returns":"DecoratedText"},
  },
  Divider: {

  },
  BorderStyle: {
    setCornerRadius: {"params":["number"],"returns":"BorderStyle"},
    setStrokeColor: {"params":["string"],"returns":"BorderStyle"},
    setType: {"params":["BorderType"],"returns":"BorderStyle"},
  },
  ImageCropStyle: {
    setAspectRatio: {"params":["number"],"returns":"ImageCropStyle"},
    setImageCropType: {"params":["ImageCropType"],"returns":"ImageCropStyle"},
  },
  ImageComponent: {
    setAltText: {"params":["string"],"returns":"ImageComponent"},
    setBorderStyle: {"params":["BorderStyle"],"returns":"ImageComponent"},
    setCropStyle: {"params":["ImageCropStyle"],"returns":"ImageComponent"},
    setImageUrl: {"params":["string"],"returns":"ImageComponent"},
  },
  GridItem: {
    setIdentifier: {"params":["string"],"returns":"GridItem"},
    setImage: {"params":["ImageComponent"],"returns":"GridItem"},
    setLayout: {"params":["GridItemLayout"],"returns":"GridItem"},
    setSubtitle: {"params":["string"],"returns":"GridItem"},
    setTextAlignment: {"params":["HorizontalAlignment"],"returns":"GridItem"},
    setTitle: {"params":["string"],"returns":"GridItem"},
  },
  Grid: {
    addItem: {"params":["GridItem"],"returns":"Grid"},
    setAuthorizationAction: {"params":["AuthorizationAction"],"returns":"Grid"},
    setBorderStyle: {"params":["BorderStyle"],"returns":"Grid"},
    setComposeAction: {"params":["Action","ComposedEmailType"],"returns":"Grid"},
    setNumColumns: {"params":["number"],"returns":"Grid"},
    setOnClickAction: {"params":["Action"],"returns":"Grid"},
    setOnClickOpenLinkAction: {"params":["Action"],"returns":"Grid"},
    setOpenLink: {"params":["OpenLink"],"returns":"Grid"},
    setTitle: {"params":["string"],"returns":"Grid"},
  },
  DriveItemsSelectedActionResponseBuilder: {
    build: {"params":[],"returns":"DriveItemsSelectedActionResponse"},
    requestFileScope: {"params":["string"],"returns":"DriveItemsSelectedActionResponseBuilder"},
  },
  DriveItemsSelectedActionResponse: {
    printJson: {"params":[],"returns":"string"},
  },
  EditorFileScopeActionResponse: {
    printJson: {"params":[],"returns":"string"},
  },
  EditorFileScopeActionResponseBuilder: {
    build: {"params":[],"returns":"EditorFileScopeActionResponse"},
    requestFileScopeForActiveDocument: {"params":[],"returns":"EditorFileScopeActionResponseBuilder"},
  },
  Widget: {

  },
};

export const CARD_SERVICE_ENUMS: Readonly<Record<string, readonly string[]>> = {
  "Interaction": [
    "INTERACTION_UNSPECIFIED",
    "OPEN_DIALOG"
  ],
  "DisplayStyle": [
    "PEEK",
    "REPLACE"
  ],
  "ComposedEmailType": [
    "REPLY_AS_DRAFT",
    "STANDALONE_DRAFT"
  ],
  "ContentType": [
    "TEXT",
    "MUTABLE_HTML",
    "IMMUTABLE_HTML"
  ],
  "Icon": [
    "NONE",
    "AIRPLANE",
    "BOOKMARK",
    "BUS",
    "CAR",
    "CLOCK",
    "CONFIRMATION_NUMBER_ICON",
    "DOLLAR",
    "DESCRIPTION",
    "EMAIL",
    "EVENT_PERFORMER",
    "EVENT_SEAT",
    "FLIGHT_ARRIVAL",
    "FLIGHT_DEPARTURE",
    "HOTEL",
    "HOTEL_ROOM_TYPE",
    "INVITE",
    "MAP_PIN",
    "MEMBERSHIP",
    "MULTIPLE_PEOPLE",
    "OFFER",
    "PERSON",
    "PHONE",
    "RESTAURANT_ICON",
    "SHOPPING_CART",
    "STAR",
    "STORE",
    "TICKET",
    "TRAIN",
    "VIDEO_CAMERA",
    "VIDEO_PLAY"
  ],
  "ImageStyle": [
    "SQUARE",
    "CIRCLE"
  ],
  "LoadIndicator": [
    "SPINNER",
    "NONE"
  ],
  "OnClose": [
    "NOTHING",
    "RELOAD",
    "RELOAD_ADD_ON"
  ],
  "OpenAs": [
    "FULL_SIZE",
    "OVERLAY"
  ],
  "SelectionInputType": [
    "CHECK_BOX",
    "RADIO_BUTTON",
    "DROPDOWN",
    "SWITCH",
    "MULTI_SELECT"
  ],
  "SwitchControlType": [
    "SWITCH",
    "CHECK_BOX"
  ],
  "TextButtonStyle": [
    "OUTLINED",
    "TEXT",
    "FILLED",
    "FILLED_TONAL",
    "BORDERLESS"
  ],
  "InputType": [
    "TEXT",
    "INTEGER",
    "FLOAT",
    "EMAIL"
  ],
  "BorderType": [
    "NO_BORDER",
    "STROKE"
  ],
  "GridItemLayout": [
    "TEXT_BELOW",
    "TEXT_ABOVE"
  ],
  "HorizontalAlignment": [
    "START",
    "CENTER",
    "END"
  ],
  "ImageCropType": [
    "SQUARE",
    "CIRCLE",
    "RECTANGLE_CUSTOM",
    "RECTANGLE_4_3"
  ],
  "UpdateDraftBodyType": [
    "IN_PLACE_INSERT"
  ]
};
