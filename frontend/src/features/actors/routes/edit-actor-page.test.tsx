import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { actorPageMocks } from '../../../test/actor-page-mocks';
import { etag, http, mockApi, problemBody, PROBLEM_JSON, notExpected } from '../../../test/api-mock';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import { vocabularyHandlers } from '../../../test/vocabulary-fixtures';
import type { Actor } from '../model';
import { actor, me, MUNICIPALITIES, TECHNOLOGY_AREAS } from '../../../test/actor-fixtures';

type Update = Parameters<typeof http.put<'/api/v1/actors/{id}'>>[1];

function setup(update: Update, initial: Actor = actor({ myRole: 'OWNER' })) {
  let current = initial;
  const api = mockApi(
    ...signedInMocks(me()),
    ...vocabularyHandlers({ municipalities: MUNICIPALITIES, technologyAreas: TECHNOLOGY_AREAS }),
    http.get('/api/v1/actors/{id}', ({ response }) => response(200).json(current, etag(current.version))),
    http.put('/api/v1/actors/{id}', update),
    // The actor's page, opened after saving.
    ...actorPageMocks(initial),
  );
  const rendered = renderApp({ path: '/aktorer/umea-science-park/redigera', fetch: api.fetch, auth: 'authenticated' });
  return { api, ...rendered, replace: (next: Actor) => (current = next) };
}

describe('editing an actor', () => {
  it("fills the form with the actor's values and sends them back with If-Match", async () => {
    const user = userEvent.setup();
    let sent: { ifMatch: string | null; body: unknown } | undefined;
    const { router } = setup(async ({ request, response }) => {
      sent = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
      return response(200).json(actor({ name: 'Umeå Science Park AB', myRole: 'OWNER', version: 4 }), etag(4));
    });

    const name = await screen.findByLabelText(/^Namn/);
    expect(name).toHaveValue('Umeå Science Park');
    expect(screen.getByLabelText('Beskrivning på svenska')).toHaveValue('En **mötesplats**.');
    expect(screen.getByLabelText('Artificiell intelligens')).toBeChecked();
    expect(screen.getByLabelText('Kommun')).toHaveValue('2480');
    await user.clear(name);
    await user.type(name, 'Umeå Science Park AB');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Umeå Science Park AB' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/aktorer/umea-science-park');
    expect(sent?.ifMatch).toBe('"3"');
    expect(sent?.body).toEqual({
      name: 'Umeå Science Park AB',
      kind: 'SCIENCE_PARK',
      orgNumber: '556036-0793',
      description: { sv: 'En **mötesplats**.' },
      website: 'https://www.umeasciencepark.se',
      contactEmail: 'info@example.se',
      municipalityCode: '2480',
      technologyAreas: ['ai'],
      competences: ['innovation', 'testbäddar'],
    });
  });

  it('says that someone else changed the actor on 412, and reloads the latest version', async () => {
    const user = userEvent.setup();
    const { replace } = setup(({ response }) => response(412).json(problemBody(412, { detail: 'stale' }), PROBLEM_JSON));

    const name = await screen.findByLabelText(/^Namn/);
    await user.type(name, ' (mitt utkast)');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    const alert = await screen.findByText(/Någon annan har ändrat organisationen/);
    expect(alert.closest('[role="alert"]')).toBeInTheDocument();

    replace(actor({ name: 'Umeå Science Park (ny)', myRole: 'OWNER', version: 5 }));
    await user.click(within(alert.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Ladda om' }));

    expect(await screen.findByDisplayValue('Umeå Science Park (ny)')).toBeInTheDocument();
    expect(screen.queryByText(/Någon annan har ändrat organisationen/)).not.toBeInTheDocument();
  });

  it('tells people without the right role that they cannot edit', async () => {
    setup(() => notExpected('PUT /api/v1/actors/{id}'), actor({ myRole: 'MEMBER' }));

    expect(await screen.findByText('Bara organisationens ägare och redaktörer kan ändra uppgifterna.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara ändringarna' })).not.toBeInTheDocument();
  });
});
