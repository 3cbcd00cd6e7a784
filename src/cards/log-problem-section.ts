// The log section shown when the intro log cannot be read or written: what is wrong in plain words, and the way out.
import { ACTION } from './action-names';
import type { ActionParams, ButtonSpec, SectionSpec } from './card-spec';
import { escapeCardText, html } from './card-text';
import { LOG_ACTION } from './log-action-names';

export interface LogProblemModel {
  /** What is wrong, in the user's words; it may quote a service message, so it is escaped. */
  message: string;
  /** `replace`: the sheet is gone or out of reach, so a new or another log is the way out; `retry`: it may work in a moment. */
  fix: 'replace' | 'retry';
}

/** The problem section; `retry` is the card's own action, which also runs after a new log is created. */
export function buildLogProblemSection(problem: LogProblemModel, retry: ActionParams): SectionSpec {
  const buttons: ButtonSpec[] = problem.fix === 'replace'
    ? [
      { text: 'Create a new log', filled: true, action: { kind: 'run', params: { action: LOG_ACTION.createLog, then: retry.action } } },
      { text: 'Use another log', action: { kind: 'run', params: { action: ACTION.showIntroLog } } },
    ]
    : [{ text: 'Try again', action: { kind: 'run', params: retry } }];
  return {
    header: html`Intro log`,
    widgets: [{ type: 'text', html: escapeCardText(problem.message, 500) }, { type: 'buttons', buttons }],
  };
}
