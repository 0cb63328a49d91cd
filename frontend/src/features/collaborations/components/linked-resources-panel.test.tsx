import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { etag, http, mockApi, problemBody, PROBLEM_JSON, type Problem } from '../../../test/api-mock';
import { NO_RESOURCE_FACETS } from '../../../test/page-fixtures';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import type { ResourceCandidate } from '../api/list-linkable-resources';
import type { Collaboration, CollaborationInput } from '../model';
import { collaboration, me, NO_PARTNER_SUGGESTIONS, NORRSKEN, PARTICIPANT_ACTORS, REGION, UMU, vocabularyMocks } from '../test-fixtures';
import { withLinkedResources } from '../linked-resources';

const PATH = '/samverkan/ai-for-basindustrin';
const OUTSIDER = { id: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f', slug: 'okand-ab', name: 'Okänd AB', status: 'ACTIVE' as const };

function resource(id: string, actor: typeof UMU, title: string, kind: ResourceCandidate['kind'], status: ResourceCandidate['status'] = 'PUBLISHED'): ResourceCandidate {
  return { id, slug: id, kind, family: 'INNOVATION', status, actor, title: { sv: title }, summary: { sv: '…' }, tags: [], occurrences: [] };
}

const TESTBED = resource('r-testbed', UMU, 'AI-testbädden', 'TESTBED');
const RESULT = resource('r-result', UMU, 'Modeller för sågverk', 'RESEARCH_RESULT');
const LAB = resource('r-lab', REGION, 'Regionens datalabb', 'LAB');
const DRAFT = resource('r-draft', NORRSKEN, 'Norrskens sensorlabb', 'LAB', 'DRAFT');
/** Co-organised by a participant, published by someone else: the API would refuse the link. */
const FOREIGN = resource('r-foreign', OUTSIDER, 'Främmande evenemang', 'EVENT');

function editable(overrides: Partial<Collaboration> = {}): Collaboration {
  return collaboration({
    canEdit: true,
    linkedResources: [{ id: TESTBED.id, slug: TESTBED.slug, kind: TESTBED.kind, title: TESTBED.title, actor: UMU }],
    invitations: [
      { actor: NORRSKEN, role: 'LEAD', status: 'ACCEPTED', invitedAt: '2026-03-01T10:00:00+01:00' },
      { actor: UMU, role: 'PARTNER', status: 'ACCEPTED', invitedAt: '2026-03-01T11:00:00+01:00' },
      { actor: REGION, role: 'FUNDER', status: 'INVITED', invitedAt: '2026-03-01T12:00:00+01:00' },
      { actor: OUTSIDER, role: 'PARTNER', status: 'DECLINED', invitedAt: '2026-03-01T12:00:00+01:00' },
    ],
    ...overrides,
  });
}

/** What the page asks beside the panel: who is signed in, suggestions, the participants' actors. */
const BESIDE = [...vocabularyMocks(), ...signedInMocks(me()), NO_PARTNER_SUGGESTIONS, PARTICIPANT_ACTORS];

/**
 * The API: the collaboration (GET, and PUT, which `refusePut` may refuse with a problem instead of
 * saving) and the resource list.
 */
function fakeApi(refusePut?: () => Problem & { status: 400 | 412 }) {
  let current = editable();
  const puts: { ifMatch: string | null; body: CollaborationInput }[] = [];
  const resourceQueries: URLSearchParams[] = [];
  let gets = 0;
  const api = mockApi(
    ...BESIDE,
    http.get('/api/v1/collaborations/{id}', ({ response }) => {
      gets += 1;
      return response(200).json(current, etag(current.version));
    }),
    http.put('/api/v1/collaborations/{id}', async ({ request, response }) => {
      const body = await request.json();
      puts.push({ ifMatch: request.headers.get('If-Match'), body });
      const refusal = refusePut?.();
      if (refusal) return response(refusal.status).json(refusal, PROBLEM_JSON);
      const all = [TESTBED, RESULT, LAB, DRAFT];
      current = {
        ...current,
        version: current.version + 1,
        linkedResources: (body.linkedResourceIds ?? []).map((id) => {
          const found = all.find((candidate) => candidate.id === id)!;
          return { id, slug: found.slug, kind: found.kind, title: found.title, actor: found.actor };
        }),
      };
      return response(200).json(current, etag(current.version));
    }),
    http.get('/api/v1/resources', ({ request, response }) => {
      const query = new URL(request.url).searchParams;
      resourceQueries.push(query);
      const items = query.get('status') === 'DRAFT' ? [DRAFT] : [TESTBED, RESULT, LAB, FOREIGN];
      return response(200).json({ items, facets: NO_RESOURCE_FACETS });
    }),
  );
  return { api, puts, resourceQueries, gets: () => gets, original: editable() };
}

async function openPanel(fetch: typeof globalThis.fetch) {
  renderApp({ path: PATH, fetch, auth: 'authenticated' });
  const panel = await screen.findByRole('region', { name: 'Länkade resurser' });
  await within(panel).findByLabelText('Resurs att länka');
  return panel;
}

describe('the linked resources panel', () => {
  it('lists the linked resources and offers the participants’ others, grouped by actor, drafts of one’s own actor included', async () => {
    const { api, resourceQueries } = fakeApi();
    const panel = await openPanel(api.fetch);

    const item = within(panel).getByRole('listitem');
    expect(item).toHaveTextContent('Testbädd: AI-testbädden av Umeå universitet');
    expect(within(item).getByRole('link', { name: 'AI-testbädden' })).toHaveAttribute('href', '/resurser/r-testbed');
    expect(within(item).getByRole('button', { name: 'Ta bort länken till AI-testbädden' })).toBeInTheDocument();

    const select = within(panel).getByLabelText('Resurs att länka');
    const groups = within(select).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('label'))).toEqual(['Norrskensdata AB', 'Region Västerbotten', 'Umeå universitet']);
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Välj en resurs',
      'Norrskens sensorlabb (Labb, utkast)',
      'Regionens datalabb (Labb)',
      'Modeller för sågverk (Forskningsresultat)',
    ]);

    // One request for the published resources of every invited or accepted actor, drafts only for anna's own.
    const published = resourceQueries.find((query) => !query.has('status'))!;
    expect(published.getAll('actor').sort()).toEqual([NORRSKEN.id, UMU.id, REGION.id].sort());
    expect(resourceQueries.filter((query) => query.get('status') === 'DRAFT').map((query) => query.getAll('actor'))).toEqual([[NORRSKEN.id]]);
    // The public list is not shown twice to the lead's people.
    expect(screen.queryByRole('region', { name: 'Resurser som används eller tas fram' })).not.toBeInTheDocument();
  });

  it('links a picked resource: a PUT with If-Match whose body is the collaboration as it stands with the id appended', async () => {
    const user = userEvent.setup();
    const { api, puts, original } = fakeApi();
    const panel = await openPanel(api.fetch);

    await user.selectOptions(within(panel).getByLabelText('Resurs att länka'), 'r-result');
    await user.click(within(panel).getByRole('button', { name: 'Länka resursen' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent('Modeller för sågverk är nu länkad till samverkan.');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.ifMatch).toBe('"4"');
    expect(puts[0]!.body.linkedResourceIds).toEqual(['r-testbed', 'r-result']);
    // Every other field goes back as it was, built as the edit page builds it.
    const expected = withLinkedResources(original, ['r-testbed', 'r-result']);
    expect(expected.ok && puts[0]!.body).toEqual(expected.ok && expected.input);
    expect(puts[0]!.body.title).toEqual({ sv: 'AI för basindustrin' });
    expect(puts[0]!.body.funding).toEqual([{ funderName: 'Vinnova', programme: 'Avancerad digitalisering', amountSek: 2500000, type: 'PUBLIC' }]);
    // The page shows the new version: the resource is listed and no longer offered.
    expect(within(panel).getByRole('link', { name: 'Modeller för sågverk' })).toBeInTheDocument();
    expect(within(within(panel).getByLabelText('Resurs att länka')).queryByText(/Modeller för sågverk/)).not.toBeInTheDocument();
  });

  it('unlinks a resource with the next version’s ETag after a change', async () => {
    const user = userEvent.setup();
    const { api, puts } = fakeApi();
    const panel = await openPanel(api.fetch);

    await user.click(within(panel).getByRole('button', { name: 'Ta bort länken till AI-testbädden' }));

    expect(await within(panel).findByText('Inga resurser är länkade än.')).toBeInTheDocument();
    expect(within(panel).getByRole('status')).toHaveTextContent('Länken till AI-testbädden är borttagen.');
    expect(puts.map((put) => [put.ifMatch, put.body.linkedResourceIds])).toEqual([['"4"', []]]);

    // The ETag moved with the change: the next PUT sends the new one.
    await user.selectOptions(within(panel).getByLabelText('Resurs att länka'), 'r-lab');
    await user.click(within(panel).getByRole('button', { name: 'Länka resursen' }));
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1]).toMatchObject({ ifMatch: '"5"', body: { linkedResourceIds: ['r-lab'] } });
  });

  it('on 412 says someone else changed it, saves nothing and offers to reload', async () => {
    const user = userEvent.setup();
    const { api, gets } = fakeApi(() => ({ ...problemBody(412, { detail: 'The version moved' }), status: 412 }));
    const panel = await openPanel(api.fetch);

    await user.click(within(panel).getByRole('button', { name: 'Ta bort länken till AI-testbädden' }));

    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har ändrat samverkan under tiden. Inget är sparat.');
    expect(within(panel).getByRole('link', { name: 'AI-testbädden' })).toBeInTheDocument();
    const before = gets();
    await user.click(within(alert).getByRole('button', { name: 'Ladda om' }));
    await waitFor(() => expect(gets()).toBe(before + 1));
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('on 400 for linkedResourceIds[i] names the refused resource in Swedish', async () => {
    const user = userEvent.setup();
    const { api } = fakeApi(() => ({
      ...problemBody(400, {
        title: 'Invalid input',
        errors: [{ field: 'linkedResourceIds[1]', code: 'invalid', message: 'is not a resource of an invited or accepted participant' }],
      }),
      status: 400,
    }));
    const panel = await openPanel(api.fetch);

    await user.selectOptions(within(panel).getByLabelText('Resurs att länka'), 'r-lab');
    await user.click(within(panel).getByRole('button', { name: 'Länka resursen' }));

    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Länkarna sparades inte:');
    expect(alert).toHaveTextContent('Regionens datalabb är inte publicerad av en inbjuden eller deltagande aktör.');
    expect(within(panel).getByRole('status')).toHaveTextContent('');
  });

  it('shows a field error of another code with the shared problem messages', async () => {
    const user = userEvent.setup();
    const { api } = fakeApi(() => ({
      ...problemBody(400, {
        errors: [{ field: 'linkedResourceIds[0]', code: 'not-one-of', message: 'is not one of the allowed values', params: {} }],
      }),
      status: 400,
    }));
    const panel = await openPanel(api.fetch);

    await user.selectOptions(within(panel).getByLabelText('Resurs att länka'), 'r-lab');
    await user.click(within(panel).getByRole('button', { name: 'Länka resursen' }));

    // [0] of the ids sent is the testbed linked before.
    expect(await within(panel).findByRole('alert')).toHaveTextContent('AI-testbädden: är inte ett av de tillåtna värdena');
  });

  it('says so, without an alert, when the participants’ resources cannot be fetched, and tries again', async () => {
    const user = userEvent.setup();
    let fail = true;
    const api = mockApi(
      ...BESIDE,
      http.get('/api/v1/collaborations/{id}', ({ response }) => response(200).json(editable(), etag(editable().version))),
      http.get('/api/v1/resources', ({ response }) =>
        fail ? response(503).json(problemBody(503), PROBLEM_JSON) : response(200).json({ items: [LAB], facets: NO_RESOURCE_FACETS }),
      ),
    );
    renderApp({ path: PATH, fetch: api.fetch, auth: 'authenticated' });
    const panel = await screen.findByRole('region', { name: 'Länkade resurser' });

    expect(await within(panel).findByText('Deltagarnas resurser gick inte att hämta.')).toBeInTheDocument();
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    fail = false;
    await user.click(within(panel).getByRole('button', { name: 'Försök igen' }));
    expect(await within(panel).findByRole('option', { name: 'Regionens datalabb (Labb)' })).toBeInTheDocument();
  });

  it('is not there for the public, who see the linked resources as a list', async () => {
    const shown = editable({ canEdit: false, invitations: undefined });
    const api = mockApi(
      ...vocabularyMocks(),
      PARTICIPANT_ACTORS,
      http.get('/api/v1/collaborations/{id}', ({ response }) => response(200).json(shown, etag(shown.version))),
    );
    renderApp({ path: PATH, fetch: api.fetch });

    const list = await screen.findByRole('region', { name: 'Resurser som används eller tas fram' });
    expect(list).toHaveTextContent('AI-testbädden (Testbädd, Umeå universitet)');
    expect(screen.queryByRole('region', { name: 'Länkade resurser' })).not.toBeInTheDocument();
  });
});
