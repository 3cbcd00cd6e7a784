// Behaviour of the local CardService: real builder surface, cards v2 JSON, validation and call counts.
import { spawnSync } from 'node:child_process';
import { CARD_SERVICE_FACTORIES, CARD_SERVICE_TYPES } from '../../src/local/card-service-api';
import { cardServiceKindOf, FakeCardService } from '../../src/local/fake-card-service';

function setup() {
  const fake = new FakeCardService();
  return { fake, CardService: fake.api };
}

function oneSectionCard(CardService: GoogleAppsScript.Card_Service.CardService, widget: GoogleAppsScript.Card_Service.Widget) {
  return CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(widget)).build();
}

describe('card-service-api table', () => {
  it('matches the installed @types/google-apps-script card-service declarations', () => {
    const run = spawnSync('node', ['scripts/card-service-api.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('FakeCardService', () => {
  it('gives every builder exactly the methods the real one declares', () => {
    const { CardService } = setup();
    const api = CardService as unknown as Record<string, () => object>;
    for (const [factory, type] of Object.entries(CARD_SERVICE_FACTORIES)) {
      expect(Object.keys(api[factory]()).sort()).toEqual(Object.keys(CARD_SERVICE_TYPES[type]).sort());
    }
  });

  it('throws a TypeError for a method the real builder lacks', () => {
    const { CardService } = setup();
    const header = CardService.newCardHeader() as unknown as Record<string, (v: string) => void>;
    expect(() => header.setTitel('x')).toThrow(TypeError);
    expect(() => header.setTitel('x')).toThrow(/is not a function/);
    expect((CardService as unknown as Record<string, unknown>).newColumns).toBeUndefined();
  });

  it('builds a card in the cards v2 JSON shape', () => {
    const { CardService } = setup();
    const action = CardService.newAction()
      .setFunctionName('dispatchAction')
      .setParameters({ action: 'draftConsentAsk', threadId: 't1' })
      .setLoadIndicator(CardService.LoadIndicator.SPINNER);
    const card = CardService.newCardBuilder()
      .setName('verdict')
      .setHeader(CardService.newCardHeader().setTitle('Intro to you').setSubtitle('from Dana'))
      .addSection(
        CardService.newCardSection()
          .setHeader('Flags')
          .setCollapsible(true)
          .setNumUncollapsibleWidgets(1)
          .addWidget(CardService.newTextParagraph().setText('<b>No consent</b>'))
          .addWidget(
            CardService.newDecoratedText()
              .setTopLabel('Evidence')
              .setText('"Meet Tomas"')
              .setBottomLabel('message 1')
              .setIcon(CardService.Icon.EMAIL)
              .setWrapText(true),
          )
          .addWidget(
            CardService.newButtonSet().addButton(
              CardService.newTextButton()
                .setText('Ask consent')
                .setTextButtonStyle(CardService.TextButtonStyle.FILLED)
                .setBackgroundColor('#ff0000')
                .setOnClickAction(action),
            ),
          )
          .addWidget(CardService.newDivider())
          .addWidget(
            CardService.newSelectionInput()
              .setFieldName('status')
              .setTitle('Status')
              .setType(CardService.SelectionInputType.DROPDOWN)
              .addItem('Pending', 'pending', true)
              .addItem('Accepted', 'accepted', false),
          )
          .addWidget(CardService.newTextInput().setFieldName('note').setTitle('Note').setHint('optional').setMultiline(true)),
      )
      .setFixedFooter(
        CardService.newFixedFooter().setPrimaryButton(
          CardService.newTextButton().setText('Open log').setOpenLink(CardService.newOpenLink().setUrl('https://docs.google.com/spreadsheets/d/x')),
        ),
      )
      .build();

    expect(card).toEqual({
      name: 'verdict',
      header: { title: 'Intro to you', subtitle: 'from Dana' },
      sections: [
        {
          header: 'Flags',
          collapsible: true,
          uncollapsibleWidgetsCount: 1,
          widgets: [
            { textParagraph: { text: '<b>No consent</b>' } },
            {
              decoratedText: {
                topLabel: 'Evidence',
                text: '"Meet Tomas"',
                bottomLabel: 'message 1',
                startIcon: { knownIcon: 'EMAIL' },
                wrapText: true,
              },
            },
            {
              buttonList: {
                buttons: [
                  {
                    text: 'Ask consent',
                    type: 'FILLED',
                    color: { red: 1, green: 0, blue: 0 },
                    onClick: {
                      action: {
                        function: 'dispatchAction',
                        parameters: [
                          { key: 'action', value: 'draftConsentAsk' },
                          { key: 'threadId', value: 't1' },
                        ],
                        loadIndicator: 'SPINNER',
                      },
                    },
                  },
                ],
              },
            },
            { divider: {} },
            {
              selectionInput: {
                name: 'status',
                label: 'Status',
                type: 'DROPDOWN',
                items: [
                  { text: 'Pending', value: 'pending', selected: true },
                  { text: 'Accepted', value: 'accepted', selected: false },
                ],
              },
            },
            { textInput: { name: 'note', label: 'Note', hintText: 'optional', type: 'MULTIPLE_LINE' } },
          ],
        },
      ],
      fixedFooter: {
        primaryButton: { text: 'Open log', onClick: { openLink: { url: 'https://docs.google.com/spreadsheets/d/x' } } },
      },
    });
    expect(cardServiceKindOf(card)).toBe('Card');
    expect(JSON.parse((card as unknown as GoogleAppsScript.Card_Service.Card).printJson())).toEqual(card);
  });

  it('records a compose action with its draft type next to the action', () => {
    const { CardService } = setup();
    const button = CardService.newTextButton()
      .setText('Reply, moving Dana to Bcc')
      .setComposeAction(CardService.newAction().setFunctionName('dispatchAction'), CardService.ComposedEmailType.REPLY_AS_DRAFT);
    const card = oneSectionCard(CardService, CardService.newButtonSet().addButton(button)) as unknown as {
      sections: { widgets: { buttonList: { buttons: unknown[] } }[] }[];
    };
    expect(card.sections[0].widgets[0].buttonList.buttons[0]).toEqual({
      text: 'Reply, moving Dana to Bcc',
      onClick: { action: { function: 'dispatchAction' }, composedEmailType: 'REPLY_AS_DRAFT' },
    });
  });

  it('copies a widget when it is added, so later changes do not reach the card', () => {
    const { CardService } = setup();
    const paragraph = CardService.newTextParagraph().setText('before');
    const section = CardService.newCardSection().addWidget(paragraph);
    paragraph.setText('after');
    expect(CardService.newCardBuilder().addSection(section).build()).toEqual({
      sections: [{ widgets: [{ textParagraph: { text: 'before' } }] }],
    });
  });

  it('exposes the real enums and rejects strings or members of another enum where an enum is expected', () => {
    const { CardService } = setup();
    expect(String(CardService.TextButtonStyle.FILLED)).toBe('FILLED');
    expect(Object.keys(CardService.LoadIndicator)).toEqual(['SPINNER', 'NONE']);
    expect(Object.keys(CardService.ComposedEmailType)).toEqual(['REPLY_AS_DRAFT', 'STANDALONE_DRAFT']);
    expect(Object.keys(CardService.ContentType)).toEqual(['TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML']);
    const button = CardService.newTextButton();
    expect(() => button.setTextButtonStyle('FILLED' as never)).toThrow(/don't match the method signature for CardService.TextButton.setTextButtonStyle/);
    expect(() => button.setTextButtonStyle(CardService.LoadIndicator.NONE as never)).toThrow(/don't match/);
    expect(() => button.setTextButtonStyle(undefined as never)).toThrow(/don't match/);
  });

  it('rejects action parameters whose values are not strings', () => {
    const { CardService } = setup();
    expect(() => CardService.newAction().setParameters({ count: 3 } as never)).toThrow(
      'The parameters (Object) don\'t match the method signature for CardService.Action.setParameters.',
    );
  });

  it('rejects a builder of the wrong kind, such as a section passed as a widget', () => {
    const { CardService } = setup();
    expect(() => CardService.newCardSection().addWidget(CardService.newCardSection() as never)).toThrow(
      /\(CardService.CardSection\) don't match the method signature for CardService.CardSection.addWidget/,
    );
    expect(() => CardService.newButtonSet().addButton(CardService.newTextParagraph() as never)).toThrow(/don't match/);
  });

  it('refuses a card without sections and cards or sections over the 100 limit', () => {
    const { CardService } = setup();
    expect(() => CardService.newCardBuilder().build()).toThrow('Card must have at least one section.');
    const big = CardService.newCardBuilder();
    for (let i = 0; i < 101; i++) big.addSection(CardService.newCardSection().addWidget(CardService.newDivider()));
    expect(() => big.build()).toThrow(/at most 100 sections/);
    const crowded = CardService.newCardSection();
    for (let i = 0; i < 101; i++) crowded.addWidget(CardService.newDivider());
    expect(() => CardService.newCardBuilder().addSection(crowded)).toThrow(/at most 100 widgets/);
  });

  it('refuses a text button without text and an action without a function', () => {
    const { CardService } = setup();
    expect(() => CardService.newButtonSet().addButton(CardService.newTextButton())).toThrow('TextButton must have text.');
    expect(() => CardService.newTextButton().setText('x').setOnClickAction(CardService.newAction())).toThrow(
      'Action must have a function name.',
    );
  });

  it('builds action, universal action and compose-UI responses as plain data', () => {
    const { CardService } = setup();
    const card = oneSectionCard(CardService, CardService.newTextParagraph().setText('saved'));
    expect(
      CardService.newActionResponseBuilder()
        .setNavigation(CardService.newNavigation().popToRoot().updateCard(card))
        .setNotification(CardService.newNotification().setText('Logged'))
        .setStateChanged(true)
        .build(),
    ).toEqual({
      navigations: [{ popToRoot: true }, { updateCard: card }],
      notification: { text: 'Logged' },
      stateChanged: true,
    });
    expect(CardService.newActionResponseBuilder().setOpenLink(CardService.newOpenLink().setUrl('https://x.example.com')).build()).toEqual({
      openLink: { url: 'https://x.example.com' },
    });
    const universal = CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
    expect(universal).toEqual({ cards: [card] });
    expect(cardServiceKindOf(universal)).toBe('UniversalActionResponse');
    expect(
      CardService.newUpdateDraftActionResponseBuilder()
        .setUpdateDraftBodyAction(
          CardService.newUpdateDraftBodyAction()
            .addUpdateContent('<p>Thanks, Dana (to Bcc)</p>', CardService.ContentType.MUTABLE_HTML)
            .setUpdateType(CardService.UpdateDraftBodyType.IN_PLACE_INSERT),
        )
        .setUpdateDraftSubjectAction(CardService.newUpdateDraftSubjectAction().addUpdateSubject('Re: Meet Tomas'))
        .setUpdateDraftToRecipientsAction(CardService.newUpdateDraftToRecipientsAction().addUpdateToRecipients(['tomas@larkspur.example.net']))
        .setUpdateDraftBccRecipientsAction(CardService.newUpdateDraftBccRecipientsAction().addUpdateBccRecipients(['dana@whitfield.example.org']))
        .build(),
    ).toEqual({
      updateDraftBodyAction: {
        updateContents: [{ content: '<p>Thanks, Dana (to Bcc)</p>', contentType: 'MUTABLE_HTML' }],
        updateType: 'IN_PLACE_INSERT',
      },
      updateDraftSubjectAction: { subject: 'Re: Meet Tomas' },
      updateDraftToRecipientsAction: { toRecipients: ['tomas@larkspur.example.net'] },
      updateDraftBccRecipientsAction: { bccRecipients: ['dana@whitfield.example.org'] },
    });
  });

  it('rejects a compose response given anything but a GmailDraft', () => {
    const { CardService } = setup();
    expect(() => CardService.newComposeActionResponseBuilder().setGmailDraft({ getId: () => 'd1' } as never)).toThrow(/don't match/);
  });

  it('counts calls per method until reset', () => {
    const { fake, CardService } = setup();
    oneSectionCard(CardService, CardService.newDivider());
    expect(fake.calls.count('newCardBuilder')).toBe(1);
    expect(fake.calls.count('CardBuilder.addSection')).toBe(1);
    expect(fake.calls.count('CardBuilder.build')).toBe(1);
    expect(fake.calls.all()).toEqual({
      'CardBuilder.addSection': 1,
      'CardBuilder.build': 1,
      'CardSection.addWidget': 1,
      newCardBuilder: 1,
      newCardSection: 1,
      newDivider: 1,
    });
    expect(fake.calls.total()).toBe(6);
    fake.calls.reset();
    expect(fake.calls.total()).toBe(0);
  });
});
