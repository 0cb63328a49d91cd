import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { installDialogPolyfill } from '../../../components/dialog-polyfill.testing';
import type { AuthStatus } from '../../../lib/auth/auth-client';
import type { RequestHandler } from 'msw';
import { etag, http, mockApi, problemBody, PROBLEM_JSON, problemInit } from '../../../test/api-mock';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import type { Resource } from '../model';
import { me, resource, vocabularyMocks } from '../test-fixtures';

beforeAll(installDialogPolyfill);

/** The resource as `current()` has it now, with its version as ETag. */
const shown = (current: () => Resource) =>
  http.get('/api/v1/resources/{id}', ({ response }) => response(200).json(current(), etag(current().version)));

function setup(options: {
  resource: Resource;
  auth?: AuthStatus;
  roles?: string[];
  /** Handlers that win over the page's usual ones. */
  extra?: RequestHandler[];
}) {
  const api = mockApi(
    ...(options.extra ?? []),
    ...vocabularyMocks(),
    ...signedInMocks(me({ roles: options.roles ?? ['member'] })),
    shown(() => options.resource),
  );
  const rendered = renderApp({ path: `/resurser/${options.resource.slug}`, fetch: api.fetch, auth: options.auth ?? 'anonymous' });
  return { api, ...rendered };
}

/** The description a screen reader gives a term's value in the facts list. */
function described(term: string): string {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

describe('a resource page', () => {
  it("shows an event's dates in Swedish time, across the change to summer time, and a calendar link", async () => {
    setup({ resource: resource() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Drönardag' })).toBeInTheDocument();
    const dates = within(screen.getByRole('region', { name: 'Kommande tillfällen' })).getAllByRole('listitem');
    // 10:00 in Umeå both weeks, though the API wrote one with +01:00 and the other in UTC.
    expect(dates.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^måndag 23 mars 2026 10:00\s?–\s?12:00$/),
      expect.stringMatching(/^måndag 30 mars 2026 10:00\s?–\s?12:00$/),
    ]);
    expect(dates[1]!.querySelector('time')).toHaveAttribute('datetime', '2026-03-30T08:00:00Z');
    // The calendar file comes from the API itself (apiUrl of /config.json), by the resource's id.
    expect(screen.getByRole('link', { name: 'Lägg till i kalender' })).toHaveAttribute(
      'href',
      'http://api.test/api/v1/resources/r-1/calendar',
    );
    expect(document.title).toBe('Drönardag – Digital Impact North');
  });

  it('names the publisher, co-organisers, goals and facts, and shows the sanitised body', async () => {
    setup({ resource: resource() });

    await screen.findByRole('heading', { level: 1, name: 'Drönardag' });
    expect(screen.getByRole('link', { name: 'Norrsken Lab' })).toHaveAttribute('href', '/aktorer/norrsken-lab');
    expect(screen.getByRole('link', { name: 'RISE' })).toHaveAttribute('href', '/aktorer/rise');
    expect(described('Typ')).toBe('Evenemang (kunskapsresurser)');
    expect(described('Kommun')).toBe('Umeå kommun, Västerbottens län');
    const goal = await screen.findByText('Hållbar industri, innovationer och infrastruktur');
    // A tile in goal 9's orange, with black text (white fails WCAG AA there).
    expect(goal.parentElement).toHaveTextContent('Mål 9: Hållbar industri, innovationer och infrastruktur');
    expect(goal.parentElement).toHaveStyle({ backgroundColor: '#FD6925', color: '#000000' });
    expect(described('Plats')).toBe('Sliperiet, Östra Strandgatan 30');
    expect(screen.getByText('drönare', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publicera' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Redigera' })).not.toBeInTheDocument();
  });

  it("shows a testbed's access, TRL range and equipment", async () => {
    setup({
      resource: resource({
        kind: 'TESTBED',
        family: 'INNOVATION',
        occurrences: [],
        details: { accessCondition: 'BY_AGREEMENT', trlMin: 3, trlMax: 6, equipment: ['Drönare', '5G-nät'], domains: ['drones'] },
      }),
    });

    await screen.findByRole('heading', { level: 1, name: 'Drönardag' });
    expect(described('Tillgång')).toBe('Enligt överenskommelse');
    expect(described('Teknisk mognadsgrad')).toContain('TRL 3–6');
    expect(screen.getByRole('list', { name: 'Teknisk mognadsgrad på skalan 1–9' })).toBeInTheDocument();
    expect(described('Utrustning')).toBe('Drönare5G-nät');
    await waitFor(() => expect(described('Områden')).toBe('Drönare'));
    expect(screen.queryByRole('link', { name: 'Lägg till i kalender' })).not.toBeInTheDocument();
  });

  it("links a research result's DOI through doi.org and lists its authors", async () => {
    setup({
      resource: resource({
        kind: 'RESEARCH_RESULT',
        occurrences: [],
        details: { doi: '10.1000/xyz123', authors: ['Anna Lindqvist', 'Erik Holm'], date: '2025-11-02', openAccess: true },
      }),
    });

    expect(await screen.findByRole('link', { name: '10.1000/xyz123' })).toHaveAttribute('href', 'https://doi.org/10.1000/xyz123');
    expect(described('Författare')).toBe('Anna LindqvistErik Holm');
    expect(described('Datum')).toBe('2 november 2025');
  });

  it('archives only after a confirmation; a stale version closes it and offers the reload', async () => {
    const user = userEvent.setup();
    const current = resource({ status: 'PUBLISHED', canEdit: true });
    let stale = true;
    const { api } = setup({
      resource: current,
      auth: 'authenticated',
      extra: [
        http.post('/api/v1/resources/{id}/archive', ({ response }) =>
          stale
            ? response(412).json(problemBody(412, { type: 'urn:din:problem:precondition-failed', title: 'Precondition Failed' }), PROBLEM_JSON)
            : response(200).json({ ...current, status: 'ARCHIVED', version: 4 }, etag(4)),
        ),
      ],
    });
    const archives = () => api.requests.filter((request) => request.url.endsWith('/archive'));
    const archive = await screen.findByRole('button', { name: 'Arkivera' });

    await user.click(archive);
    const dialog = screen.getByRole('alertdialog', { name: 'Arkivera Drönardag?' });
    expect(dialog).toHaveTextContent('partners webbplatser slutar visa den');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(archives()).toHaveLength(0);

    await user.click(archive);
    await user.click(within(dialog).getByRole('button', { name: 'Arkivera Drönardag' }));
    expect(await screen.findByRole('button', { name: 'Ladda om' })).toBeInTheDocument();
    expect(dialog).not.toHaveAttribute('open');
    expect(archives()).toHaveLength(1);

    stale = false;
    await user.click(archive);
    await user.click(within(dialog).getByRole('button', { name: 'Arkivera Drönardag' }));
    expect(await screen.findByText('Resursen är arkiverad.')).toBeInTheDocument();
    expect(archives()).toHaveLength(2);
  });

  it('lets an editor publish a draft, sending the ETag it was shown as If-Match', async () => {
    const user = userEvent.setup();
    let current = resource({ status: 'DRAFT', canEdit: true, publishedAt: undefined });
    let ifMatch: string | null = null;
    setup({
      resource: current,
      auth: 'authenticated',
      extra: [
        shown(() => current),
        http.post('/api/v1/resources/{id}/publish', ({ request, response }) => {
          ifMatch = request.headers.get('If-Match');
          current = { ...current, status: 'PUBLISHED', version: 4 };
          return response(200).json(current, etag(current.version));
        }),
      ],
    });

    const heading = await screen.findByRole('heading', { level: 1, name: /Drönardag/ });
    expect(within(heading).getByText('Utkast')).toBeInTheDocument();
    expect(screen.getByText(/Det här är ett utkast/)).toBeInTheDocument();
    // A draft is its people's only: the token-less calendar link would not find it.
    expect(screen.queryByRole('link', { name: 'Lägg till i kalender' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Redigera' })).toHaveAttribute('href', '/resurser/drondag/redigera');

    await user.click(screen.getByRole('button', { name: 'Publicera' }));

    expect(await screen.findByText('Resursen är publicerad och syns nu i katalogen.')).toBeInTheDocument();
    expect(ifMatch).toBe('"3"');
    expect(within(screen.getByRole('heading', { level: 1 })).queryByText('Utkast')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publicera' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lägg till i kalender' })).toBeInTheDocument();
  });

  it('lets a moderator take a resource down with a required reason, then restore it', async () => {
    const user = userEvent.setup();
    let current = resource();
    const takedowns: { ifMatch: string | null; body: unknown }[] = [];
    setup({
      resource: current,
      auth: 'authenticated',
      roles: ['member', 'moderator'],
      extra: [
        shown(() => current),
        http.post('/api/v1/resources/{id}/takedown', async ({ request, response }) => {
          takedowns.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
          current = {
            ...current,
            version: 4,
            moderation: {
              visibleToPublic: false,
              hiddenBecause: ['TAKEN_DOWN'],
              takedownReason: 'Vilseledande innehåll',
              takenDownAt: '2026-03-03T10:00:00+01:00',
            },
          };
          return response(200).json(current, etag(current.version));
        }),
        http.post('/api/v1/resources/{id}/restore', ({ response }) =>
          response(412).json(problemBody(412, { detail: 'changed' }), PROBLEM_JSON),
        ),
      ],
    });

    // Moderators take down; they do not archive or edit.
    await user.click(await screen.findByRole('button', { name: 'Ta ned resursen' }));
    expect(screen.queryByRole('button', { name: 'Arkivera' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Redigera' })).not.toBeInTheDocument();
    expect(await screen.findByText('Skriv varför resursen tas ned.')).toBeInTheDocument();
    expect(takedowns).toHaveLength(0);

    await user.type(screen.getByLabelText('Motivering'), '  Vilseledande innehåll ');
    await user.click(screen.getByRole('button', { name: 'Ta ned resursen' }));

    expect(await screen.findByText('Resursen är nedtagen.')).toBeInTheDocument();
    expect(takedowns).toEqual([{ ifMatch: '"3"', body: { reason: 'Vilseledande innehåll' } }]);
    expect(screen.getByText('En moderator har tagit ned resursen.')).toBeInTheDocument();
    expect(screen.getByText('Motivering: Vilseledande innehåll')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Lägg till i kalender' })).not.toBeInTheDocument();

    // Restoring a resource someone changed meanwhile changes nothing and says so.
    await user.click(screen.getByRole('button', { name: 'Återställ resursen' }));
    expect(await screen.findByText(/Någon annan har ändrat resursen/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ladda om' })).toBeInTheDocument();
  });

  it('shows the owners that a moderator took the resource down, and why, and offers no way to undo it', async () => {
    setup({
      resource: resource({
        canEdit: false,
        moderation: {
          visibleToPublic: false,
          hiddenBecause: ['TAKEN_DOWN'],
          takedownReason: 'Bryter mot villkoren',
          takenDownAt: '2026-03-03T10:00:00+01:00',
        },
        coOrganiserInvitations: [
          { actor: { id: 'a-9', slug: 'lulea', name: 'Luleå kommun', status: 'ACTIVE' }, status: 'PENDING', invitedAt: '2026-03-01T10:00:00+01:00' },
        ],
      }),
      auth: 'authenticated',
    });

    expect(await screen.findByText('En moderator har tagit ned resursen.')).toBeInTheDocument();
    expect(screen.getByText('Motivering: Bryter mot villkoren')).toBeInTheDocument();
    expect(within(screen.getByRole('heading', { level: 1 })).getByText('Nedtagen')).toBeInTheDocument();
    expect(screen.getByText(/kan inte ändras, arkiveras eller publiceras igen/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Redigera' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publicera' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Återställ resursen' })).not.toBeInTheDocument();
    // Invited co-organisers are listed with their answer, apart from those who accepted.
    expect(described('Inbjudna medarrangörer')).toBe('Luleå kommun (väntar på svar)');
  });

  it('tells the owners their resource is hidden because their organisation is suspended', async () => {
    setup({
      resource: resource({
        canEdit: true,
        actor: { id: 'a-1', slug: 'norrsken', name: 'Norrsken', status: 'SUSPENDED' },
        moderation: { visibleToPublic: false, hiddenBecause: ['PUBLISHER_SUSPENDED'] },
      }),
      auth: 'authenticated',
    });

    expect(
      await screen.findByText('Resursen syns inte för allmänheten eftersom er organisation är avstängd.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('En moderator har tagit ned resursen.')).not.toBeInTheDocument();
  });

  it('says when there is no such resource', async () => {
    setup({ resource: resource({ slug: 'finns-inte' }), extra: [http.get('/api/v1/resources/{id}', ({ response }) => response('default').json(problemBody(404), problemInit(404)))] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(screen.getByText('Resursen finns inte, eller så visas den inte för dig.')).toBeInTheDocument();
  });
});
