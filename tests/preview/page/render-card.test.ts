// Tests for the card renderer: Google's card JSON in, sidebar HTML out, with every callback call attached.
import type { CardJson } from '../../../src/preview/page/card-json';
import { cardMenuItems, renderCard } from '../../../src/preview/page/render-card';

const introCard: CardJson = {
  name: 'thread',
  header: { title: 'Dana introduced you to Tomás & co', subtitle: 'Intro to me', imageUrl: 'https://www.gstatic.com/x.png' },
  sections: [
    {
      header: '<b>No consent asked</b>',
      widgets: [
        { decoratedText: { topLabel: 'Rule 1 <ask first>', text: '&quot;Hi Alex, meet Tomás!&quot;', startIcon: { knownIcon: 'EMAIL' }, wrapText: true } },
        {
          buttonList: {
            buttons: [
              {
                text: 'Reply and move Dana to BCC',
                type: 'FILLED',
                onClick: { action: { function: 'dispatchAction', parameters: [{ key: 'action', value: 'replyBcc' }, { key: 'thread', value: 't1' }] } },
              },
              { text: 'Open log', onClick: { openLink: { url: 'https://docs.google.com/spreadsheets/d/1' } } },
            ],
          },
        },
      ],
    },
    {
      header: 'Outcome',
      collapsible: true,
      uncollapsibleWidgetsCount: 1,
      widgets: [
        {
          selectionInput: {
            name: 'outcome',
            label: 'How did it go?',
            type: 'DROPDOWN',
            items: [
              { text: 'Met', value: 'met', selected: false },
              { text: 'No fit', value: 'no-fit', selected: true },
            ],
          },
        },
        { textInput: { name: 'note', label: 'Note', hintText: 'Optional', type: 'MULTIPLE_LINE', value: 'a "quoted" <note>' } },
      ],
    },
  ],
  cardActions: [{ actionLabel: 'Refresh', onClick: { action: { function: 'dispatchAction', parameters: [{ key: 'action', value: 'refresh' }] } } }],
};

describe('renderCard', () => {
  const html = renderCard(introCard);

  it('shows the header title and subtitle as plain text', () => {
    expect(html).toContain('<div class="card-title">Dana introduced you to Tomás &amp; co</div>');
    expect(html).toContain('<div class="card-subtitle">Intro to me</div>');
  });

  it('renders section headers and decorated text with the card HTML subset', () => {
    expect(html).toContain('<div class="section-header"><b>No consent asked</b></div>');
    expect(html).toContain('<div class="top-label">Rule 1 &lt;ask first&gt;</div>');
    expect(html).toContain('&quot;Hi Alex, meet Tomás!&quot;');
    expect(html).toContain('<span class="icon" title="EMAIL">✉</span>');
  });

  it('attaches the callback name and string parameters to a button', () => {
    const call = JSON.stringify({ function: 'dispatchAction', parameters: { action: 'replyBcc', thread: 't1' } });
    expect(html).toContain(`class="btn filled" data-call="${call.replace(/"/g, '&quot;')}">Reply and move Dana to BCC</button>`);
  });

  it('renders an open-link button as a link to a new tab', () => {
    expect(html).toContain('<a class="btn text" href="https://docs.google.com/spreadsheets/d/1" target="_blank" rel="noopener noreferrer">Open log</a>');
  });

  it('renders a dropdown with its selected item and a multi-line text input with its value', () => {
    expect(html).toContain(
      '<label class="field-label" for="field-1">How did it go?</label><select id="field-1" name="outcome" data-field="string"><option value="met">Met</option><option value="no-fit" selected>No fit</option></select>',
    );
    expect(html).toContain('<label class="field-label" for="field-2">Note</label><textarea id="field-2" name="note" data-field="string" rows="4">a &quot;quoted&quot; &lt;note&gt;</textarea>');
    expect(html).toContain('<span class="field-hint">Optional</span>');
  });

  it('hides the widgets of a collapsible section past the uncollapsible count behind "Show more"', () => {
    expect(html).toMatch(/<\/select><\/div><div class="section-more" hidden><div class="widget field"><label class="field-label" for="field-2">Note/);
    expect(html).toContain('data-toggle-more>Show more</button>');
  });

  it('fetches no image from outside', () => {
    expect(html).not.toContain('gstatic');
    expect(renderCard({ sections: [{ widgets: [{ image: { imageUrl: 'https://example.com/a.png', altText: 'Logo' } }] }] })).not.toContain('<img');
  });

  it('names a widget it cannot show instead of dropping it', () => {
    expect(renderCard({ sections: [{ widgets: [{ grid: {} } as never] }] })).toContain('Widget the preview cannot show: grid');
  });

  it('renders radio buttons and a date picker as inputs the page can read back', () => {
    const card: CardJson = {
      sections: [
        {
          widgets: [
            { selectionInput: { name: 'kind', type: 'RADIO_BUTTON', items: [{ text: 'Intro', value: 'intro', selected: true }] } },
            { dateTimePicker: { name: 'due', label: 'Due', type: 'DATE_ONLY', valueMsEpoch: Date.UTC(2026, 11, 3) } },
          ],
        },
      ],
    };
    const out = renderCard(card);
    expect(out).toContain('<input type="radio" name="kind" value="intro" data-field="string" checked>Intro');
    expect(out).toContain('<legend class="field-label"></legend>');
    expect(out).toContain('<input id="field-1" type="date" name="due" value="2026-12-03" data-field="date">');
  });

  it('renders a fixed footer with the primary button filled', () => {
    const out = renderCard({
      fixedFooter: {
        primaryButton: { text: 'Save', onClick: { action: { function: 'onSave' } } },
        secondaryButton: { text: 'Reset', onClick: { action: { function: 'onReset' } } },
      },
    });
    expect(out).toMatch(/<div class="card-footer"><button type="button" class="btn text"[^>]*>Reset<\/button><button type="button" class="btn filled"[^>]*>Save<\/button><\/div>/);
  });
});

describe('cardMenuItems', () => {
  it('lists the card actions with their calls', () => {
    expect(cardMenuItems(introCard)).toEqual([
      { label: 'Refresh', call: { function: 'dispatchAction', parameters: { action: 'refresh' } }, link: null },
    ]);
  });
});
