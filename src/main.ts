// The composition root: wires the real services to the actions; each export becomes an Apps Script global.
import { ALL_ACTIONS } from './gas/actions/all-actions';
import { createEntryPoints } from './gas/entry-points';
import { createServices } from './gas/services';

const entryPoints = createEntryPoints(ALL_ACTIONS, createServices);

export const onHomepage = entryPoints.onHomepage;
export const onGmailMessageOpen = entryPoints.onGmailMessageOpen;
export const onGmailCompose = entryPoints.onGmailCompose;
export const onIntroLogUniversal = entryPoints.onIntroLogUniversal;
export const onSettingsUniversal = entryPoints.onSettingsUniversal;
export const dispatchAction = entryPoints.dispatchAction;
