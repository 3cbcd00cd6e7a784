// Every action the dispatcher knows, joined from each group's own file.
import { combineActions } from '../action-registry';
import { COMPOSE_ACTIONS } from './compose-actions';
import { LOG_ACTIONS } from './log-actions';
import { SETTINGS_ACTIONS } from './settings-actions';
import { THREAD_ACTIONS } from './thread-actions';

export const ALL_ACTIONS = combineActions(THREAD_ACTIONS, SETTINGS_ACTIONS, COMPOSE_ACTIONS, LOG_ACTIONS);
