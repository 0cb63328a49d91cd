import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { etag, http, mockApi } from '../../../test/api-mock';
import { EMPTY_RESOURCE_PAGE } from '../../../test/page-fixtures';
import { signedInMocks } from '../../../test/session-mocks';
import { renderApp } from '../../../test/render-app';
import type { PartnerSuggestion } from '../../../components/partner-suggestions';
import type { Collaboration } from '../model';
import { collaboration, me, NORRSKEN, REGION, UMEA, UMU, PARTICIPANT_ACTORS, vocabularyMocks } from '../test-fixtures';

const PATH = '/samverkan/ai-for-basindustrin';

function suggestionOf(actor: { id: string; slug: string; name: string }, score: number): PartnerSuggestion {
  return {
    actor: { ...actor, kind: 'PUBLIC_AUTHORITY', sector: 'PUBLIC', municipality: UMEA },
    score,
    reasons: [
      { kind: 'COMPLEMENTARY_SECTOR', points: 3, sector: 'PUBLIC' },
      { kind: 'SAME_MUNICIPALITY', points: 2, municipality: UMEA },
    ],
  };
}

describe("a draft collaboration's suggested partners", () => {
  it('are listed in the invite panel with their reasons, and "Invite" sends the invitation with the chosen role', async () => {
    const user = userEvent.setup();
    let current: Collaboration = collaboration({
      canEdit: true,
      publication: 'DRAFT',
      participants: [{ actor: NORRSKEN, sector: 'BUSINESS', municipality: UMEA, role: 'LEAD', since: '2026-03-01T10:00:00+01:00' }],
      invitations: [{ actor: NORRSKEN, role: 'LEAD', status: 'ACCEPTED', invitedAt: '2026-03-01T10:00:00+01:00' }],
      moderation: { visibleToPublic: false, hiddenBecause: ['DRAFT', 'TOO_FEW_PARTICIPANTS'] },
    });
    // The API leaves out whoever is invited already: after the invitation only the university is left.
    let suggested = [suggestionOf(REGION, 9), suggestionOf(UMU, 6)];
    const invitations: unknown[] = [];
    const api = mockApi(
      ...vocabularyMocks(),
      ...signedInMocks(me()),
      PARTICIPANT_ACTORS,
      // The owner's resources, which the linked-resources panel offers: none here.
      http.get('/api/v1/resources', ({ response }) => response(200).json(EMPTY_RESOURCE_PAGE)),
      http.get('/api/v1/collaborations/{id}', ({ response }) => response(200).json(current, etag(current.version))),
      http.get('/api/v1/collaborations/{id}/partner-suggestions', ({ response }) =>
        response(200).json({ subject: { type: 'COLLABORATION', id: 'c-1' }, computedAt: '2026-11-30T12:00:00Z', suggestions: suggested }),
      ),
      http.post('/api/v1/collaborations/{id}/participants', async ({ request, response }) => {
        invitations.push(await request.json());
        const invited = { actor: REGION, role: 'FUNDER' as const, status: 'INVITED' as const, invitedAt: '2026-03-03T10:00:00+01:00' };
        current = { ...current, version: current.version + 1, invitations: [...(current.invitations ?? []), invited] };
        suggested = suggested.filter((suggestion) => suggestion.actor.id !== REGION.id);
        return response(201).json(invited);
      }),
    );
    renderApp({ path: PATH, fetch: api.fetch, auth: 'authenticated' });

    const invitePanel = await screen.findByRole('region', { name: 'Bjud in deltagare' });
    const section = within(invitePanel).getByRole('region', { name: 'Föreslagna partner' });
    expect(await within(section).findByRole('link', { name: 'Region Västerbotten' })).toHaveAttribute('href', '/aktorer/region-vasterbotten');
    expect(within(section).getAllByText('Kompletterar med offentlig sektor', { exact: false })).toHaveLength(2);
    expect(within(section).getAllByText('Finns också i Umeå kommun', { exact: false })).toHaveLength(2);

    await user.selectOptions(within(invitePanel).getByLabelText('Roll för den inbjudna'), 'FUNDER');
    await user.click(within(section).getByRole('button', { name: 'Bjud in föreslagen partner Region Västerbotten' }));

    expect(await screen.findByText('Region Västerbotten är inbjuden.')).toBeInTheDocument();
    expect(invitations).toEqual([{ actorId: REGION.id, role: 'FUNDER' }]);
    // The list is asked again and no longer offers the region.
    await waitFor(() => expect(within(section).queryByRole('link', { name: 'Region Västerbotten' })).not.toBeInTheDocument());
    expect(within(section).getByRole('button', { name: 'Bjud in föreslagen partner Umeå universitet' })).toBeEnabled();
  });

  it('are not asked for by people who may not edit it', async () => {
    const api = mockApi(
      ...vocabularyMocks(),
      PARTICIPANT_ACTORS,
      http.get('/api/v1/collaborations/{id}', ({ response }) => response(200).json(collaboration(), etag(1))),
    );
    renderApp({ path: PATH, fetch: api.fetch });

    expect(await screen.findByRole('heading', { level: 1, name: 'AI för basindustrin' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Föreslagna partner' })).not.toBeInTheDocument();
    expect(api.requests.some((request) => request.url.includes('partner-suggestions'))).toBe(false);
  });
});
