import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RequestHandler } from 'msw';
import { etag, http, mockApi, notExpected, problemBody, PROBLEM_JSON } from '../../../test/api-mock';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import { ACTOR_ID, me, NORRSKEN, resource, RISE, vocabularyMocks } from '../test-fixtures';

/** The API of the form: `create` answers the POST; the draft it opens is answered too. */
function server(create: RequestHandler, memberships = me().memberships) {
  return mockApi(
    create,
    ...vocabularyMocks(),
    ...signedInMocks(me({ memberships })),
    http.get('/api/v1/resources/{id}', ({ response }) => response(200).json(resource({ status: 'DRAFT', canEdit: true }), etag(0))),
  );
}

/** A POST /resources for a test that sends none. */
const NOT_SENT = http.post('/api/v1/resources', () => notExpected('POST /api/v1/resources'));

/** A POST /resources the server refuses with `problem` (a 400), recording each body sent. */
function refused(problem: Parameters<typeof problemBody>[1], bodies: unknown[] = []) {
  return http.post('/api/v1/resources', async ({ request, response }) => {
    bodies.push(await request.json());
    return response(400).json(problemBody(400, problem), PROBLEM_JSON);
  });
}

/** The described-by texts of a control, as a screen reader would read them after its label. */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** Puts a whole text in a field at once: typing it key by key re-renders the long form each time. */
async function enter(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** datetime-local takes a whole value at once; typing it key by key is not how browsers fill it. */
function setDateTime(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function fillEvent(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByLabelText(/^Typ av resurs/), 'Evenemang');
  await enter(user, screen.getByLabelText(/^Titel på svenska/), 'Drönardag');
  setDateTime(/^Börjar/, '2026-04-06T10:00');
  setDateTime(/^Slutar/, '2026-04-06T12:00');
}

describe('adding a resource', () => {
  it('invites a co-organiser found by name, leaving out the publisher itself', async () => {
    const user = userEvent.setup();
    let body: { coOrganiserIds?: string[] } | undefined;
    const api = server(
      http.post('/api/v1/resources', async ({ request, response }) => {
        body = await request.json();
        return response(201).json(resource({ status: 'DRAFT', canEdit: true }), etag(0));
      }),
    );
    api.use(
      http.get('/api/v1/actors', ({ query, response }) => {
        expect(query.get('q')).toBe('RISE');
        return response(200).json({
          items: [
            { ...RISE, kind: 'RESEARCH_INSTITUTE', sector: 'ACADEMIA', technologyAreas: [] },
            { ...NORRSKEN, kind: 'COMPANY', sector: 'BUSINESS', technologyAreas: [] },
          ],
        });
      }),
    );
    renderApp({ path: `/resurser/ny?actor=${ACTOR_ID}`, fetch: api.fetch, auth: 'authenticated' });
    await fillEvent(user);

    await enter(user, screen.getByLabelText('Bjud in en medarrangör: sök organisation'), 'RISE');
    await user.click(await screen.findByRole('button', { name: 'Bjud in RISE' }));
    // The publisher is not offered as its own co-organiser.
    expect(screen.queryByRole('button', { name: `Bjud in ${NORRSKEN.name}` })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Medarrangörer' })).toHaveTextContent('RISE (bjuds in när du sparar)');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    await screen.findByRole('heading', { level: 1, name: /Drönardag/ });
    expect(body?.coOrganiserIds).toEqual([RISE.id]);
  });

  it("shows the server's errors on the nested fields they name, and the rest in the summary", async () => {
    const user = userEvent.setup();
    const api = server(
      refused({
        detail: 'event.end: must be after start; event.registrationUrl: must be an absolute http or https URL',
        errors: [
          { field: 'event.end', code: 'invalid', message: 'must be after start' },
          { field: 'create.input.event.registrationUrl', code: 'invalid', message: 'must be an absolute http or https URL' },
          { field: 'coOrganiserIds[0]', code: 'invalid', message: 'is not an active actor' },
        ],
      }),
    );
    renderApp({ path: `/resurser/ny?actor=${ACTOR_ID}`, fetch: api.fetch, auth: 'authenticated' });

    await fillEvent(user);
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    const end = screen.getByLabelText(/^Slutar/);
    await screen.findByText('must be after start');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(end)).toContain('must be after start');
    const registration = screen.getByLabelText('Länk till anmälan');
    expect(registration).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(registration)).toContain('must be an absolute http or https URL');
    expect(screen.getByLabelText(/^Börjar/)).not.toHaveAttribute('aria-invalid');
    const summary = screen.getByText('Uppgifterna kunde inte sparas. Rätta de markerade fälten.').parentElement!;
    expect(summary).toHaveTextContent('coOrganiserIds[0]: is not an active actor');
    expect(summary).toHaveFocus();

    // Once the field changes, the server's verdict on it no longer applies.
    setDateTime(/^Slutar/, '2026-04-06T13:00');
    expect(end).not.toHaveAttribute('aria-invalid');
  });

  it('sends the location from the map picker’s fields, and shows the server’s verdict on it there', async () => {
    const user = userEvent.setup();
    const bodies: { location?: unknown }[] = [];
    const api = server(
      refused(
        { detail: 'location.lat: out of range', errors: [{ field: 'create.input.location.lat', code: 'invalid', message: 'must be between 55.0 and 69.1' }] },
        bodies,
      ),
    );
    renderApp({ path: `/resurser/ny?actor=${ACTOR_ID}`, fetch: api.fetch, auth: 'authenticated' });
    await fillEvent(user);

    expect(screen.getByRole('region', { name: 'Välj plats på kartan' })).toBeInTheDocument();
    await enter(user, screen.getByLabelText('Latitud'), '63,8258');
    await enter(user, screen.getByLabelText('Longitud'), '20.263');
    // The picker reads the typed place back as decimals.
    expect(screen.getByText(/Vald plats: 63\.82580, 20\.26300/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    await screen.findByText('must be between 55.0 and 69.1');
    expect(bodies[0]?.location).toEqual({ lat: 63.8258, lon: 20.263 });
    const latitude = screen.getByLabelText('Latitud');
    expect(latitude).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(latitude)).toContain('must be between 55.0 and 69.1');

    // Removing the place clears both fields, and the server's verdict with them.
    await user.click(screen.getByRole('button', { name: 'Ta bort platsen' }));
    expect(latitude).toHaveValue('');
    expect(screen.getByLabelText('Longitud')).toHaveValue('');
    expect(latitude).not.toHaveAttribute('aria-invalid');
  });

  it('checks a typed location before sending: both or neither, inside the area', async () => {
    const user = userEvent.setup();
    const api = server(NOT_SENT);
    renderApp({ path: `/resurser/ny?actor=${ACTOR_ID}`, fetch: api.fetch, auth: 'authenticated' });
    await fillEvent(user);

    await enter(user, screen.getByLabelText('Latitud'), '70');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    expect(descriptionOf(screen.getByLabelText('Latitud'))).toContain('Latituden ska ligga mellan 55,0 och 69,1');
    expect(descriptionOf(screen.getByLabelText('Longitud'))).toContain('Fyll i både latitud och longitud');
    expect(api.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it("puts a testbed's TRL error from the server on the highest TRL", async () => {
    const user = userEvent.setup();
    const api = server(refused({ errors: [{ field: 'facility.trlMax', code: 'invalid', message: 'must not be below trlMin' }] }));
    renderApp({ path: '/resurser/ny', fetch: api.fetch, auth: 'authenticated' });

    await user.selectOptions(await screen.findByLabelText(/^Typ av resurs/), 'Testbädd');
    await enter(user, screen.getByLabelText(/^Titel på svenska/), 'Testbädd för drönare');
    await user.selectOptions(screen.getByLabelText(/^Tillgång/), 'Öppen för alla');
    await user.type(screen.getByLabelText('Lägsta TRL'), '3');
    await user.type(screen.getByLabelText('Högsta TRL'), '6');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    const trlMax = screen.getByLabelText('Högsta TRL');
    await screen.findByText('must not be below trlMin');
    expect(trlMax).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(trlMax)).toContain('must not be below trlMin');
  });

  it('checks the rules before sending: the end after the start, TRL in order, a bounded recurrence', async () => {
    const user = userEvent.setup();
    const api = server(NOT_SENT);
    renderApp({ path: '/resurser/ny', fetch: api.fetch, auth: 'authenticated' });

    await fillEvent(user);
    setDateTime(/^Slutar/, '2026-04-06T09:00');
    await user.click(screen.getByLabelText('Evenemanget återkommer'));
    await user.type(screen.getByLabelText(/^Antal tillfällen/), '201');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    const end = screen.getByLabelText(/^Slutar/);
    expect(descriptionOf(end)).toContain('Slutet måste vara efter starten.');
    expect(end).toHaveFocus();
    expect(descriptionOf(screen.getByLabelText(/^Antal tillfällen/))).toContain('från 1 till 200');

    await user.selectOptions(screen.getByLabelText(/^Typ av resurs/), 'Labb');
    await user.selectOptions(screen.getByLabelText(/^Tillgång/), 'För medlemmar');
    await user.type(screen.getByLabelText('Lägsta TRL'), '7');
    await user.type(screen.getByLabelText('Högsta TRL'), '3');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(descriptionOf(screen.getByLabelText('Högsta TRL'))).toContain('Högsta TRL får inte vara lägre än lägsta TRL.');
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it("sends a weekly event with its bound and opens the draft's page, where it can be published", async () => {
    const user = userEvent.setup();
    let body: unknown;
    const api = server(
      http.post('/api/v1/resources', async ({ request, response }) => {
        body = await request.json();
        return response(201).json(resource({ status: 'DRAFT', canEdit: true, version: 0 }), etag(0));
      }),
    );
    const { router } = renderApp({ path: `/resurser/ny?actor=${ACTOR_ID}`, fetch: api.fetch, auth: 'authenticated' });

    expect(await screen.findByLabelText(/^Organisation som publicerar/)).toHaveValue(ACTOR_ID);
    await fillEvent(user);
    await user.click(screen.getByLabelText('Evenemanget återkommer'));
    await user.type(screen.getByLabelText(/^Antal tillfällen/), '4');
    expect(screen.getByText('Evenemanget får 4 tillfällen.')).toBeInTheDocument();
    await enter(user, screen.getByLabelText('Platsens namn'), 'Sliperiet');
    await user.click(screen.getByLabelText('Mål 9: Hållbar industri, innovationer och infrastruktur'));
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    expect(await screen.findByRole('button', { name: 'Publicera' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/resurser/drondag');
    expect(body).toEqual({
      kind: 'EVENT',
      actorId: ACTOR_ID,
      title: { sv: 'Drönardag' },
      sdgs: [9],
      event: {
        start: '2026-04-06T10:00:00',
        end: '2026-04-06T12:00:00',
        timeZone: 'Europe/Stockholm',
        recurrence: { freq: 'WEEKLY', count: 4 },
        venue: { name: 'Sliperiet' },
      },
    });
  });

  it('offers the active organisations the person owns or edits, and explains when there are none', async () => {
    const memberships = [
      { actor: NORRSKEN, role: 'EDITOR' as const, since: '2026-01-01T10:00:00+01:00' },
      { actor: RISE, role: 'MEMBER' as const, since: '2026-01-01T10:00:00+01:00' },
      { actor: { ...RISE, id: 'p-1', name: 'Väntande AB', status: 'PENDING' as const }, role: 'OWNER' as const, since: '2026-01-01T10:00:00+01:00' },
    ];
    const { unmount } = renderApp({ path: '/resurser/ny', fetch: server(NOT_SENT, memberships).fetch, auth: 'authenticated' });
    const select = await screen.findByLabelText(/^Organisation som publicerar/);
    expect([...select.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['Välj organisation', 'Norrsken Lab']);
    // The only one is chosen already.
    expect(select).toHaveValue(ACTOR_ID);
    unmount();

    renderApp({ path: '/resurser/ny', fetch: server(NOT_SENT, memberships.slice(1)).fetch, auth: 'authenticated' });
    expect(await screen.findByText(/Du behöver vara ägare eller redaktör/)).toBeInTheDocument();
  });

  it('asks anonymous visitors to log in first', async () => {
    renderApp({ path: '/resurser/ny', fetch: server(NOT_SENT).fetch, auth: 'anonymous' });
    // The form's page is loaded when first opened.
    expect(await screen.findByText('Logga in för att lägga till resurser.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Typ av resurs/)).not.toBeInTheDocument();
  });
});
