// The intro log's button names and form fields, kept apart from the sidebar's so each side owns its own.

export const LOG_ACTION = {
  logThread: 'log.logThread',
  consentAnswer: 'log.consentAnswer',
  saveOutcome: 'log.saveOutcome',
  createLog: 'log.create',
  useLog: 'log.use',
  saveLogSettings: 'log.saveSettings',
} as const;

export const LOG_FIELD = {
  outcome: 'log.outcome',
  outcomeNote: 'log.outcomeNote',
  logUrl: 'log.url',
  consentExpiryDays: 'log.consentExpiryDays',
  outcomeFollowUpDays: 'log.outcomeFollowUpDays',
} as const;
