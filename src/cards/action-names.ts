// The names every button sends to the one dispatcher, and the form fields cards collect, shared by cards and handlers.

export const ACTION = {
  showThread: 'thread.show',
  showCompose: 'compose.show',
  correctKind: 'thread.correctKind',
  draft: 'thread.draft',
  showHome: 'home.show',
  showSettings: 'settings.show',
  saveTemplate: 'settings.saveTemplate',
  resetTemplate: 'settings.resetTemplate',
  saveSignOff: 'settings.saveSignOff',
  insertTemplate: 'compose.insertTemplate',
  moveToBcc: 'compose.moveToBcc',
  showIntroLog: 'log.show',
} as const;

export const FIELD = {
  kind: 'kind',
  signOff: 'signOff',
  templateSubject: (id: string) => `subject.${id}`,
  templateBody: (id: string) => `body.${id}`,
} as const;
