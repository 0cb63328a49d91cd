import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { actorPageMocks } from '../../../test/actor-page-mocks';
import { etag, http, mockApi, notExpected, problemBody, PROBLEM_JSON } from '../../../test/api-mock';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import { vocabularyHandlers } from '../../../test/vocabulary-fixtures';
import { actor, me, MUNICIPALITIES, TECHNOLOGY_AREAS } from '../../../test/actor-fixtures';

type Create = Parameters<typeof http.post<'/api/v1/actors'>>[1];

/** The registration form's API: `create` answers the POST; the new actor's page is answered too. */
function server(create: Create) {
  return mockApi(
    ...signedInMocks(me()),
    ...vocabularyHandlers({ municipalities: MUNICIPALITIES, technologyAreas: TECHNOLOGY_AREAS }),
    http.post('/api/v1/actors', create),
    ...actorPageMocks(actor({ slug: 'umea-lab', name: 'Umeå Lab', status: 'PENDING', myRole: 'OWNER', version: 0 })),
  );
}

const NOT_SENT: Create = () => notExpected('POST /api/v1/actors');

/** The described-by texts of a control, as a screen reader would read them after its label. */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(/^Namn/), 'Umeå Lab');
  await user.selectOptions(screen.getByLabelText(/^Typ av aktör/), 'Företag');
}

describe('registering an organisation', () => {
  it("shows the server's field errors next to the fields they name", async () => {
    const user = userEvent.setup();
    const api = server(({ response }) =>
      response(400).json(
        problemBody(400, {
          detail: 'The actor has 3 invalid fields',
          errors: [
            { field: 'orgNumber', code: 'invalid', message: 'is already registered' },
            { field: 'description.en', code: 'invalid', message: 'must not contain a script' },
            { field: 'mystery', code: 'invalid', message: 'is not a field we know' },
          ],
        }),
        PROBLEM_JSON,
      ),
    );
    renderApp({ path: '/aktorer/ny', fetch: api.fetch, auth: 'authenticated' });

    await fillRequired(user);
    await user.type(screen.getByLabelText(/^Organisationsnummer/), '556036-0793');
    await user.click(screen.getByRole('button', { name: 'Skicka för granskning' }));

    const orgNumber = screen.getByLabelText(/^Organisationsnummer/);
    await screen.findByText('is already registered');
    expect(orgNumber).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(orgNumber)).toContain('is already registered');
    const english = screen.getByLabelText('Beskrivning på engelska');
    expect(english).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(english)).toContain('must not contain a script');
    expect(screen.getByLabelText(/^Namn/)).not.toHaveAttribute('aria-invalid');
    // What names no field of the form is said in the summary, which takes the focus.
    const summary = screen.getByText('Uppgifterna kunde inte sparas. Rätta de markerade fälten.').parentElement!;
    expect(summary).toHaveTextContent('is not a field we know');
    expect(summary).toHaveFocus();

    // Once the field changes, the server's verdict on it no longer applies.
    await user.clear(orgNumber);
    expect(orgNumber).not.toHaveAttribute('aria-invalid');
  });

  it('says the errors again in a newly chosen language, without bringing back a verdict on an edited field', async () => {
    const user = userEvent.setup();
    const api = server(({ response }) =>
      response(400).json(
        problemBody(400, {
          errors: [
            { field: 'orgNumber', code: 'invalid', message: 'is already registered' },
            { field: 'description.en', code: 'invalid', message: 'must not contain a script' },
          ],
        }),
        PROBLEM_JSON,
      ),
    );
    renderApp({ path: '/aktorer/ny', fetch: api.fetch, auth: 'authenticated' });

    await fillRequired(user);
    await user.type(screen.getByLabelText(/^Organisationsnummer/), '556036-0793');
    await user.type(screen.getByLabelText(/^Webbplats/), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Skicka för granskning' }));
    expect(screen.getByLabelText(/^Webbplats/)).toHaveAccessibleDescription(/http:\/\/ eller https:\/\//);
    await user.clear(screen.getByLabelText(/^Webbplats/));
    await user.click(screen.getByRole('button', { name: 'Skicka för granskning' }));
    await screen.findByText('is already registered');
    await user.clear(screen.getByLabelText(/^Organisationsnummer/));
    await user.type(screen.getByLabelText(/^Organisationsnummer/), '556036-0794');
    expect(descriptionOf(screen.getByLabelText(/^Organisationsnummer/))).toContain('kontrollsiffran är fel');

    await user.selectOptions(screen.getByLabelText('Språk'), 'English');

    const orgNumber = screen.getByLabelText(/^Organisation number/);
    expect(descriptionOf(orgNumber)).toContain('check digit is wrong');
    expect(descriptionOf(orgNumber)).not.toContain('is already registered');
    expect(descriptionOf(screen.getByLabelText('Description in English'))).toContain('must not contain a script');
  });

  it('checks the fields before sending and sends nothing while one is wrong', async () => {
    const user = userEvent.setup();
    const api = server(NOT_SENT);
    renderApp({ path: '/aktorer/ny', fetch: api.fetch, auth: 'authenticated' });

    await user.type(await screen.findByLabelText(/^Organisationsnummer/), '556036-0794');
    await user.type(screen.getByLabelText(/^Webbplats/), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Skicka för granskning' }));

    const name = screen.getByLabelText(/^Namn/);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(name)).toBe('Fyll i fältet.');
    expect(name).toHaveFocus();
    expect(descriptionOf(screen.getByLabelText(/^Organisationsnummer/))).toContain('kontrollsiffran är fel');
    expect(descriptionOf(screen.getByLabelText(/^Webbplats/))).toContain('http:// eller https://');
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('sends the normalised input and opens the new page, which awaits approval', async () => {
    const user = userEvent.setup();
    let body: unknown;
    const api = server(async ({ request, response }) => {
      body = await request.json();
      return response(201).json(actor({ slug: 'umea-lab', name: 'Umeå Lab', status: 'PENDING', myRole: 'OWNER', version: 0 }), {
        headers: { ...etag(0).headers, Location: '/api/v1/actors/a-1' },
      });
    });
    const { router } = renderApp({ path: '/aktorer/ny', fetch: api.fetch, auth: 'authenticated' });

    await fillRequired(user);
    await user.selectOptions(screen.getByLabelText('Kommun'), 'Umeå kommun');
    await user.click(screen.getByLabelText('Sakernas internet'));
    await user.type(screen.getByLabelText('Kompetenser'), ' Datorseende,  EDGE   computing ');
    await user.click(screen.getByRole('button', { name: 'Skicka för granskning' }));

    expect(await screen.findByRole('heading', { level: 1, name: /Umeå Lab/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/aktorer/umea-lab');
    expect(body).toEqual({
      name: 'Umeå Lab',
      kind: 'COMPANY',
      municipalityCode: '2480',
      technologyAreas: ['iot'],
      competences: ['datorseende', 'edge computing'],
    });
    const main = screen.getByRole('main');
    expect(within(main).getAllByText('Väntar på godkännande').length).toBeGreaterThan(0);
    expect(main).toHaveTextContent('En moderator granskar den innan den syns i katalogen.');
  });

  it('asks anonymous visitors to log in first', () => {
    const api = server(NOT_SENT);
    renderApp({ path: '/aktorer/ny', fetch: api.fetch, auth: 'anonymous' });

    expect(screen.getByText('Logga in för att registrera din organisation.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Namn/)).not.toBeInTheDocument();
  });
});
