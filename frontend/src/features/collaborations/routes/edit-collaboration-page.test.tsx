import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { etag, http, mockApi, problemBody, PROBLEM_JSON } from '../../../test/api-mock';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import type { Collaboration } from '../model';
import { collaboration, me, NORRSKEN, UMU, vocabularyMocks } from '../test-fixtures';

const shown = (current: Collaboration) =>
  http.get('/api/v1/collaborations/{id}', ({ response }) => response(200).json(current, etag(current.version)));

describe('editing a collaboration', () => {
  it('sends every field back with If-Match, keeps the lead and the linked resources, and names funders among the participants', async () => {
    const user = userEvent.setup();
    const current = collaboration({
      canEdit: true,
      linkedResources: [{ id: 'r-1', slug: 'testbadd', kind: 'TESTBED', title: { sv: 'Testbädd' }, actor: UMU }],
    });
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    let stale = true;
    const api = mockApi(
      ...vocabularyMocks(),
      ...signedInMocks(me()),
      shown(current),
      http.put('/api/v1/collaborations/{id}', async ({ request, response }) => {
        puts.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        if (stale) return response(412).json(problemBody(412), PROBLEM_JSON);
        return response(200).json({ ...current, version: 5, title: { sv: 'AI för hela basindustrin' } }, etag(5));
      }),
    );
    const { router } = renderApp({ path: '/samverkan/ai-for-basindustrin/redigera', fetch: api.fetch, auth: 'authenticated' });

    const lead = await screen.findByLabelText(/^Organisationen som leder samverkan/);
    expect(lead).toBeDisabled();
    expect(lead).toHaveValue(NORRSKEN.id);
    expect(screen.getByText('1 länkad resurs följer med oförändrade.')).toBeInTheDocument();
    const title = screen.getByLabelText('Titel på svenska');
    await user.clear(title);
    await user.type(title, 'AI för hela basindustrin');
    await user.click(screen.getByRole('button', { name: 'Lägg till finansiering' }));
    // A participant may be named as funder instead of an outside one.
    await user.selectOptions(screen.getAllByLabelText('Finansiär på plattformen')[1]!, UMU.id);
    expect(screen.getAllByLabelText('Finansiärens namn')).toHaveLength(1);
    await user.type(screen.getAllByLabelText(/^Belopp i kronor/)[1]!, '100000');
    await user.selectOptions(screen.getAllByLabelText(/^Typ av finansiering/)[1]!, 'PRIVATE');

    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    expect(await screen.findByText(/Någon annan har ändrat samverkan medan du redigerade/)).toBeInTheDocument();
    stale = false;
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/samverkan/ai-for-basindustrin'));
    expect(puts.map((put) => put.ifMatch)).toEqual(['"4"', '"4"']);
    expect(puts[1]!.body).toEqual({
      leadActorId: NORRSKEN.id,
      kind: 'PROJECT',
      status: 'ACTIVE',
      title: { sv: 'AI för hela basindustrin' },
      summary: { sv: 'Maskininlärning för gruvor och sågverk.' },
      description: { sv: 'Vi tränar **modeller**.' },
      startDate: '2026-03-01',
      endDate: '2027-12-31',
      website: 'https://example.se/ai',
      sdgs: [9],
      technologyAreas: ['ai'],
      knowledgeAreas: ['10201'],
      places: ['2580'],
      funding: [
        { funderName: 'Vinnova', programme: 'Avancerad digitalisering', amountSek: 2500000, type: 'PUBLIC' },
        { funderActorId: UMU.id, amountSek: 100000, type: 'PRIVATE' },
      ],
      linkedResourceIds: ['r-1'],
    });
  }, 30_000);

  it('tells those who may not edit that only the lead’s owners and editors can', async () => {
    const api = mockApi(...vocabularyMocks(), ...signedInMocks(me()), shown(collaboration({ canEdit: false })));
    renderApp({ path: '/samverkan/ai-for-basindustrin/redigera', fetch: api.fetch, auth: 'authenticated' });
    expect(await screen.findByText('Bara huvudmannens ägare och redaktörer kan redigera samverkan.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara ändringar' })).not.toBeInTheDocument();
  });
});
