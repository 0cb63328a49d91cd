import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeFetch, json, problem } from '../../../test/fake-fetch';
import { renderApp } from '../../../test/render-app';
import type { ResourceCandidate } from '../api/list-linkable-resources';
import type { Collaboration, CollaborationInput } from '../model';
import { collaboration, me, NORRSKEN, REGION, UMU, VOCABULARY_ROUTES } from '../test-fixtures';
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

function withEtag(body: Collaboration) {
  return json(body, { headers: { 'Content-Type': 'application/json', ETag: `"${body.version}"` } });
}

/** The API: the collaboration (GET, PUT with `answer` deciding the PUT's reply) and the resource list. */
function fakeApi(answerPut?: (request: Request, body: CollaborationInput) => Response | undefined) {
  let current = editable();
  const puts: { ifMatch: string | null; body: CollaborationInput }[] = [];
  const resourceQueries: URLSearchParams[] = [];
  let gets = 0;
  const api = createFakeFetch({
    ...VOCABULARY_ROUTES,
    '/api/v1/me': () => json(me()),
    '/api/v1/collaborations/ai-for-basindustrin': () => {
      gets += 1;
      return withEtag(current);
    },
    '/api/v1/collaborations/c-1': async (request) => {
      const body = (await request.json()) as CollaborationInput;
      puts.push({ ifMatch: request.headers.get('If-Match'), body });
      const answer = answerPut?.(request, body);
      if (answer) return answer;
      const all = [TESTBED, RESULT, LAB, DRAFT];
      current = {
        ...current,
        version: current.version + 1,
        linkedResources: (body.linkedResourceIds ?? []).map((id) => {
          const found = all.find((candidate) => candidate.id === id)!;
          return { id, slug: found.slug, kind: found.kind, title: found.title, actor: found.actor };
        }),
      };
      return withEtag(current);
    },
    '/api/v1/resources': (request) => {
      const query = new URL(request.url).searchParams;
      resourceQueries.push(query);
      const items = query.get('status') === 'DRAFT' ? [DRAFT] : [TESTBED, RESULT, LAB, FOREIGN];
      return json({ items, facets: {} });
    },
  });
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
    const { api, gets } = fakeApi(() =>
      problem(412, { type: 'urn:din:problem:precondition-failed', title: 'Precondition Failed', detail: 'The version moved' }),
    );
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
    const { api } = fakeApi(() =>
      problem(400, {
        type: 'urn:din:problem:validation',
        title: 'Invalid input',
        errors: [{ field: 'linkedResourceIds[1]', code: 'invalid', message: 'is not a resource of an invited or accepted participant' }],
      }),
    );
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
    const { api } = fakeApi(() =>
      problem(400, {
        type: 'urn:din:problem:validation',
        errors: [{ field: 'linkedResourceIds[0]', code: 'not-one-of', message: 'is not one of the allowed values', params: {} }],
      }),
    );
    const panel = await openPanel(api.fetch);

    await user.selectOptions(within(panel).getByLabelText('Resurs att länka'), 'r-lab');
    await user.click(within(panel).getByRole('button', { name: 'Länka resursen' }));

    // [0] of the ids sent is the testbed linked before.
    expect(await within(panel).findByRole('alert')).toHaveTextContent('AI-testbädden: är inte ett av de tillåtna värdena');
  });

  it('says so, without an alert, when the participants’ resources cannot be fetched, and tries again', async () => {
    const user = userEvent.setup();
    let fail = true;
    const api = createFakeFetch({
      ...VOCABULARY_ROUTES,
      '/api/v1/me': () => json(me()),
      '/api/v1/collaborations/ai-for-basindustrin': () => withEtag(editable()),
      '/api/v1/resources': () => (fail ? problem(503, { type: 'urn:din:problem:service-unavailable' }) : json({ items: [LAB], facets: {} })),
    });
    renderApp({ path: PATH, fetch: api.fetch, auth: 'authenticated' });
    const panel = await screen.findByRole('region', { name: 'Länkade resurser' });

    expect(await within(panel).findByText('Deltagarnas resurser gick inte att hämta.')).toBeInTheDocument();
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    fail = false;
    await user.click(within(panel).getByRole('button', { name: 'Försök igen' }));
    expect(await within(panel).findByRole('option', { name: 'Regionens datalabb (Labb)' })).toBeInTheDocument();
  });

  it('is not there for the public, who see the linked resources as a list', async () => {
    const api = createFakeFetch({
      ...VOCABULARY_ROUTES,
      '/api/v1/collaborations/ai-for-basindustrin': () => withEtag(editable({ canEdit: false, invitations: undefined })),
    });
    renderApp({ path: PATH, fetch: api.fetch });

    const list = await screen.findByRole('region', { name: 'Resurser som används eller tas fram' });
    expect(list).toHaveTextContent('AI-testbädden (Testbädd, Umeå universitet)');
    expect(screen.queryByRole('region', { name: 'Länkade resurser' })).not.toBeInTheDocument();
  });
});
