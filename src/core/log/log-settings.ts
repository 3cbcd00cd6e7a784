// The user's intro log settings: how long silence takes to count as a no, and when to ask about outcomes.
export interface LogSettings {
  consentExpiryDays: number;
  outcomeFollowUpDays: number;
}

export const DEFAULT_LOG_SETTINGS: LogSettings = { consentExpiryDays: 7, outcomeFollowUpDays: 14 };

const MAX_DAYS = 365;

/**
 * Reads a day count typed by the user; returns an error sentence for anything but a whole number
 * from 1 to 365, so a bad entry is explained and never saved.
 */
export function parseDays(text: string, label: string): { days: number } | { error: string } {
  const trimmed = text.trim();
  const days = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || days < 1 || days > MAX_DAYS) {
    return { error: `${label} must be a whole number of days from 1 to ${MAX_DAYS}; "${text}" is not.` };
  }
  return { days };
}
