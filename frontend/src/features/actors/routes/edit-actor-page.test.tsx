import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeFetch, json, problem } from '../../../test/fake-fetch';
import { renderApp } from '../../../test/render-app';
import type { Actor } from '../model';
import { actor, me, MUNICIPALITIES, TECHNOLOGY_AREAS } from '../../../test/actor-fixtures';

function setup(update: (request: Request) => Response | Promise<Response>, initial: Actor = actor({ myRole: 'OWNER' })) {
  let current = initial;
  const api = createFakeFetch({
    '/api/v1/me': () => json(me()),
    '/api/v1/vocabularies/municipalities': () => json({ items: MUNICIPALITIES }),
    '/api/v1/vocabularies/technology-areas': () => json({ items: TECHNOLOGY_AREAS }),
    '/api/v1/actors/umea-science-park': () =>
      json(current, { headers: { 'Content-Type': 'application/json', ETag: `"${current.version}"` } }),
    '/api/v1/actors/a-1': update,
  });
  const rendered = renderApp({ path: '/aktorer/umea-science-park/redigera', fetch: api.fetch, auth: 'authenticated' });
  return { api, ...rendered, replace: (next: Actor) => (current = next) };
}

describe('editing an actor', () => {
  it("fills the form with the actor's values and sends them back with If-Match", async () => {
    const user = userEvent.setup();
    let sent: { ifMatch: string | null; body: unknown } | undefined;
    const { router } = setup(async (request) => {
      sent = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
      return json(actor({ name: 'Umeå Science Park AB', myRole: 'OWNER', version: 4 }), {
        headers: { 'Content-Type': 'application/json', ETag: '"4"' },
      });
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
    const { replace } = setup(() =>
      problem(412, { type: 'urn:din:problem:precondition-failed', title: 'Precondition failed', detail: 'stale' }),
    );

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
    setup(() => problem(403, { title: 'Forbidden' }), actor({ myRole: 'MEMBER' }));

    expect(await screen.findByText('Bara organisationens ägare och redaktörer kan ändra uppgifterna.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara ändringarna' })).not.toBeInTheDocument();
  });
});
