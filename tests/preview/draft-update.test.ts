// Tests for applying an UpdateDraftActionResponse to the open draft.
import { applyDraftUpdate } from '../../src/preview/draft-update';

const draft = { to: 'dana@whitfield.example.org, tomas@example.net', cc: '', bcc: '', subject: 'Re: Alex <> Tomás', body: '\n\n> quoted' };

describe('applyDraftUpdate', () => {
  it('replaces the recipient lists it names and leaves the others', () => {
    const next = applyDraftUpdate(draft, {
      updateDraftToRecipientsAction: { toRecipients: ['tomas@example.net'] },
      updateDraftBccRecipientsAction: { bccRecipients: ['dana@whitfield.example.org'] },
    });
    expect(next).toEqual({ ...draft, to: 'tomas@example.net', bcc: 'dana@whitfield.example.org' });
  });

  it('inserts text at the top by default and at the end when asked, HTML as its text', () => {
    expect(applyDraftUpdate(draft, { updateDraftBodyAction: { updateContents: [{ content: 'Thanks Dana!', contentType: 'TEXT' }] } }).body).toBe(
      'Thanks Dana!\n\n> quoted',
    );
    const html = applyDraftUpdate(draft, {
      updateDraftBodyAction: { updateContents: [{ content: '<p>Bye &amp; thanks</p>', contentType: 'MUTABLE_HTML' }], updateType: 'INSERT_AT_END' },
    });
    expect(html.body).toBe('\n\n> quotedBye & thanks');
  });

  it('sets a new subject', () => {
    expect(applyDraftUpdate(draft, { updateDraftSubjectAction: { subject: 'Intro: Alex / Tomás' } }).subject).toBe('Intro: Alex / Tomás');
  });
});
