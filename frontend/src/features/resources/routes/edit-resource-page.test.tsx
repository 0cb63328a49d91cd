import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RequestHandler } from 'msw';
import { etag, http, mockApi, problemBody, PROBLEM_JSON } from '../../../test/api-mock';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import type { Resource } from '../model';
import { ACTOR_ID, me, resource, RISE, vocabularyMocks } from '../test-fixtures';

const TESTBED = resource({
  kind: 'TESTBED',
  family: 'INNOVATION',
  canEdit: true,
  occurrences: [],
  details: { accessCondition: 'OPEN', trlMin: 3, trlMax: 6, equipment: ['Drönare'], domains: ['drones'] },
});

/** The edit page's API: `shown` (with its ETag), who is signed in, and `handlers` first. */
function editApi(shown: Resource, ...handlers: RequestHandler[]) {
  return mockApi(
    ...handlers,
    ...vocabularyMocks(),
    ...signedInMocks(me()),
    http.get('/api/v1/resources/{id}', ({ response }) => response(200).json(shown, etag(shown.version))),
  );
}

describe('editing a resource', () => {
  it("fills the form with the resource's values and sends them back with If-Match", async () => {
    const user = userEvent.setup();
    let sent: { ifMatch: string | null; body: unknown } | undefined;
    const api = editApi(
      TESTBED,
      http.put('/api/v1/resources/{id}', async ({ request, response }) => {
        sent = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
        return response(200).json({ ...TESTBED, version: 4 }, etag(4));
      }),
    );
    const { router } = renderApp({ path: '/resurser/drondag/redigera', fetch: api.fetch, auth: 'authenticated' });

    const trlMax = await screen.findByLabelText('Högsta TRL');
    expect(trlMax).toHaveValue(6);
    // The publisher and the kind cannot change.
    expect(screen.getByLabelText(/^Typ av resurs/)).toBeDisabled();
    expect(screen.getByLabelText(/^Organisation som publicerar/)).toBeDisabled();
    await user.clear(trlMax);
    await user.type(trlMax, '7');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    await screen.findByRole('heading', { level: 1, name: 'Drönardag' });
    expect(router.state.location.pathname).toBe('/resurser/drondag');
    expect(sent?.ifMatch).toBe('"3"');
    expect(sent?.body).toMatchObject({
      kind: 'TESTBED',
      actorId: ACTOR_ID,
      coOrganiserIds: [RISE.id],
      // Domains have no field in the form: they go back as they were.
      facility: { accessCondition: 'OPEN', trlMin: 3, trlMax: 7, equipment: ['Drönare'], domains: ['drones'] },
    });
  });

  it('keeps pending and declined co-organisers when saving, and drops the one removed', async () => {
    const user = userEvent.setup();
    let sent: { coOrganiserIds?: string[] } | undefined;
    const lulea = { id: 'a-9', slug: 'lulea', name: 'Luleå kommun', status: 'ACTIVE' as const };
    const skelleftea = { id: 'a-8', slug: 'skelleftea', name: 'Skellefteå kommun', status: 'ACTIVE' as const };
    const invited = {
      ...TESTBED,
      coOrganiserInvitations: [
        { actor: RISE, status: 'ACCEPTED' as const, invitedAt: '2026-03-01T10:00:00+01:00' },
        { actor: lulea, status: 'PENDING' as const, invitedAt: '2026-03-01T10:00:00+01:00' },
        { actor: skelleftea, status: 'DECLINED' as const, invitedAt: '2026-03-01T10:00:00+01:00' },
      ],
    };
    const api = editApi(
      invited,
      http.put('/api/v1/resources/{id}', async ({ request, response }) => {
        sent = await request.json();
        return response(200).json({ ...invited, version: 4 }, etag(4));
      }),
    );
    renderApp({ path: '/resurser/drondag/redigera', fetch: api.fetch, auth: 'authenticated' });

    const group = await screen.findByRole('group', { name: 'Medarrangörer' });
    expect(group).toHaveTextContent('Luleå kommun (väntar på svar)');
    expect(group).toHaveTextContent('Skellefteå kommun (har tackat nej)');
    await user.click(screen.getByRole('button', { name: 'Ta bort RISE' }));
    expect(group).not.toHaveTextContent('RISE');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    await screen.findByRole('heading', { level: 1, name: 'Drönardag' });
    expect(sent?.coOrganiserIds).toEqual(['a-9', 'a-8']);
  });

  it('says that someone else changed the resource when the server answers 412', async () => {
    const user = userEvent.setup();
    const api = editApi(
      TESTBED,
      http.put('/api/v1/resources/{id}', ({ response }) => response(412).json(problemBody(412, { detail: 'changed' }), PROBLEM_JSON)),
    );
    renderApp({ path: '/resurser/drondag/redigera', fetch: api.fetch, auth: 'authenticated' });

    await user.click(await screen.findByRole('button', { name: 'Spara ändringarna' }));

    expect(await screen.findByText(/Någon annan har ändrat resursen sedan du öppnade formuläret/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ladda om' })).toBeInTheDocument();
  });

  it('is closed to those who may not edit it', async () => {
    const api = editApi({ ...TESTBED, canEdit: false });
    renderApp({ path: '/resurser/drondag/redigera', fetch: api.fetch, auth: 'authenticated' });

    expect(await screen.findByText('Bara organisationens ägare och redaktörer kan ändra resursen.')).toBeInTheDocument();
  });
});
