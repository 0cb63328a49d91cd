import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { etag, http, mockApi, problemBody, PROBLEM_JSON } from '../../../test/api-mock';
import { EMPTY_RESOURCE_PAGE } from '../../../test/page-fixtures';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import { collaboration, me, NO_PARTNER_SUGGESTIONS, NORRSKEN, PARTICIPANT_ACTORS, UMU, vocabularyMocks } from '../test-fixtures';

const OTHER = { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', slug: 'kvarken-data', name: 'Kvarken Data', status: 'ACTIVE' as const };

describe('starting a collaboration', () => {
  it('sends the form as a CollaborationInput and opens the draft, with the lead chosen by the link', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    const api = mockApi(
      ...vocabularyMocks(),
      ...signedInMocks(
        me({
          memberships: [
            { actor: NORRSKEN, role: 'OWNER', since: '2026-01-01T10:00:00+01:00' },
            { actor: OTHER, role: 'EDITOR', since: '2026-01-01T10:00:00+01:00' },
            { actor: UMU, role: 'MEMBER', since: '2026-01-01T10:00:00+01:00' },
          ],
        }),
      ),
      http.post('/api/v1/collaborations', async ({ request, response }) => {
        bodies.push(await request.json());
        return response(201).json(collaboration({ canEdit: true, publication: 'DRAFT' }), etag(1));
      }),
      // The draft it opens, and what that page asks beside it.
      http.get('/api/v1/collaborations/{id}', ({ response }) => response(200).json(collaboration({ canEdit: true, publication: 'DRAFT' }))),
      NO_PARTNER_SUGGESTIONS,
      PARTICIPANT_ACTORS,
      http.get('/api/v1/resources', ({ response }) => response(200).json(EMPTY_RESOURCE_PAGE)),
    );
    const { router } = renderApp({ path: `/samverkan/ny?actor=${NORRSKEN.id}`, fetch: api.fetch, auth: 'authenticated' });

    const lead = await screen.findByLabelText(/^Organisationen som leder samverkan/);
    expect(lead).toHaveValue(NORRSKEN.id);
    // Only actors the caller owns or edits may lead.
    expect(within(lead).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Välj organisation',
      'Kvarken Data',
      'Norrskensdata AB',
    ]);
    await user.selectOptions(screen.getByLabelText(/^Typ av samverkan/), 'PROJECT');
    await user.selectOptions(screen.getByLabelText(/^Läge/), 'ACTIVE');
    await user.type(screen.getByLabelText('Titel på svenska'), 'AI för basindustrin');
    await user.type(screen.getByLabelText('Sammanfattning på svenska'), 'Maskininlärning i norr.');
    await user.type(screen.getByLabelText(/^Startdatum/), '2026-03-01');
    await user.type(screen.getByLabelText('Slutdatum'), '2027-12-31');
    await user.click(screen.getByRole('checkbox', { name: 'Artificiell intelligens' }));
    await user.click(screen.getByRole('checkbox', { name: /^9\b|Hållbar industri/ }));

    // Knowledge areas: search by name, add a subject and a whole area.
    await user.type(screen.getByLabelText('Sök forskningsämne'), 'datav');
    await user.click(screen.getByRole('button', { name: 'Lägg till Datavetenskap' }));
    await user.clear(screen.getByLabelText('Sök forskningsämne'));
    await user.type(screen.getByLabelText('Sök forskningsämne'), '5');
    await user.click(screen.getByRole('button', { name: 'Lägg till Samhällsvetenskap' }));
    expect(screen.getByRole('button', { name: 'Ta bort Datavetenskap' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Välj kommun'), '2580');
    await user.click(screen.getByRole('button', { name: 'Lägg till kommun' }));
    expect(screen.getByRole('button', { name: 'Ta bort Luleå kommun' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lägg till finansiering' }));
    const line = screen.getByRole('group', { name: 'Finansiering 1' });
    await user.type(within(line).getByLabelText('Finansiärens namn'), 'Vinnova');
    await user.type(within(line).getByLabelText(/^Belopp i kronor/), '2 500 000');
    await user.selectOptions(within(line).getByLabelText(/^Typ av finansiering/), 'PUBLIC');

    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/samverkan/ai-for-basindustrin'));
    expect(bodies).toEqual([
      {
        leadActorId: NORRSKEN.id,
        kind: 'PROJECT',
        status: 'ACTIVE',
        title: { sv: 'AI för basindustrin' },
        summary: { sv: 'Maskininlärning i norr.' },
        startDate: '2026-03-01',
        endDate: '2027-12-31',
        sdgs: [9],
        technologyAreas: ['ai'],
        knowledgeAreas: ['10201', '5'],
        places: ['2580'],
        funding: [{ funderName: 'Vinnova', amountSek: 2500000, type: 'PUBLIC' }],
        linkedResourceIds: [],
      },
    ]);
    expect(await screen.findByText('Utkastet är sparat. Bjud in deltagare nedan.')).toBeInTheDocument();
    // A long form typed key by key: more than the default five seconds on a busy machine.
  }, 30_000);

  it('checks the rules before sending, and puts the server’s field errors on their fields', async () => {
    const user = userEvent.setup();
    let sent = 0;
    const api = mockApi(
      ...vocabularyMocks(),
      ...signedInMocks(me()),
      http.post('/api/v1/collaborations', ({ response }) => {
        sent += 1;
        return response(400).json(
          problemBody(400, {
            title: 'Invalid input',
            errors: [
            { field: 'knowledgeAreas[0]', code: 'invalid', message: 'unknown SSIF code 10201' },
            { field: 'endDate', code: 'invalid', message: 'must not be before startDate' },
            { field: 'funding[0].amountSek', code: 'out-of-range', message: 'out of range', params: { min: 0, max: 1000000000000 } },
            { field: 'linkedResourceIds[0]', code: 'invalid', message: 'belongs to no participant' },
            ],
          }),
          PROBLEM_JSON,
        );
      }),
    );
    renderApp({ path: '/samverkan/ny', fetch: api.fetch, auth: 'authenticated' });

    // The one actor the caller may lead for is chosen.
    expect(await screen.findByLabelText(/^Organisationen som leder samverkan/)).toHaveValue(NORRSKEN.id);
    await user.type(screen.getByLabelText(/^Startdatum/), '2026-05-01');
    await user.type(screen.getByLabelText('Slutdatum'), '2026-04-30');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    expect(sent).toBe(0);
    expect(screen.getByLabelText(/^Typ av samverkan/)).toHaveFocus();
    expect(screen.getByLabelText('Titel på svenska')).toHaveAccessibleDescription(/Skriv en titel på svenska eller engelska./);
    expect(screen.getByLabelText('Slutdatum')).toHaveAccessibleDescription(/Slutdatumet får inte ligga före startdatumet./);

    await user.selectOptions(screen.getByLabelText(/^Typ av samverkan/), 'NETWORK');
    await user.type(screen.getByLabelText('Titel på svenska'), 'Kommunnätverket');
    await user.clear(screen.getByLabelText('Slutdatum'));
    await user.type(screen.getByLabelText('Slutdatum'), '2026-12-31');
    await user.type(screen.getByLabelText('Sök forskningsämne'), '10201');
    await user.click(screen.getByRole('button', { name: 'Lägg till Datavetenskap' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till finansiering' }));
    await user.type(screen.getByLabelText('Finansiärens namn'), 'Vinnova');
    await user.type(screen.getByLabelText(/^Belopp i kronor/), '5');
    await user.selectOptions(screen.getByLabelText(/^Typ av finansiering/), 'PRIVATE');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    const summary = await screen.findByRole('alert');
    expect(sent).toBe(1);
    expect(summary).toHaveTextContent('Uppgifterna kunde inte sparas.');
    // What the form has no field for is listed in the summary.
    expect(summary).toHaveTextContent('linkedResourceIds[0]: belongs to no participant');
    expect(screen.getByRole('group', { name: 'Kunskapsområden' })).toHaveAccessibleDescription(/unknown SSIF code 10201/);
    expect(screen.getByLabelText('Slutdatum')).toHaveAccessibleDescription(/must not be before startDate/);
    expect(screen.getByLabelText(/^Belopp i kronor/)).toHaveAccessibleDescription(/måste vara mellan 0 och 1\s000\s000\s000\s000/u);
    expect(screen.getByLabelText(/^Belopp i kronor/)).toHaveAttribute('aria-invalid', 'true');

    // Changing a field takes its server message away.
    await user.type(screen.getByLabelText(/^Belopp i kronor/), '0');
    expect(screen.getByLabelText(/^Belopp i kronor/)).not.toHaveAttribute('aria-invalid');
  }, 30_000);

  it('explains who may start one when the caller leads no active organisation', async () => {
    const api = mockApi(
      ...vocabularyMocks(),
      ...signedInMocks(me({ memberships: [{ actor: UMU, role: 'MEMBER', since: '2026-01-01T10:00:00+01:00' }] })),
    );
    renderApp({ path: '/samverkan/ny', fetch: api.fetch, auth: 'authenticated' });
    expect(await screen.findByText(/Du behöver vara ägare eller redaktör i en godkänd organisation/)).toBeInTheDocument();
  });
});
