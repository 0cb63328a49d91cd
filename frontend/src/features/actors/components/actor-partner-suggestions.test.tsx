import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuthStatus } from '../../../lib/auth/auth-client';
import { etag, http, mockApi } from '../../../test/api-mock';
import { EMPTY_COLLABORATION_PAGE, EMPTY_RESOURCE_PAGE } from '../../../test/page-fixtures';
import { signedInMocks } from '../../../test/session-mocks';
import { renderApp } from '../../../test/render-app';
import type { PartnerSuggestions } from '../api/get-partner-suggestions';
import type { Actor } from '../model';
import { actor, me } from '../../../test/actor-fixtures';

const SUGGESTIONS: PartnerSuggestions = {
  subject: { type: 'ACTOR', id: 'a-1' },
  computedAt: '2026-11-30T12:00:00Z',
  suggestions: [
    {
      actor: {
        id: 'a-9',
        slug: 'umea-universitet',
        name: 'Umeå universitet',
        kind: 'UNIVERSITY',
        sector: 'ACADEMIA',
        municipality: { code: '2480', name: 'Umeå kommun', countyCode: '24', countyName: 'Västerbottens län' },
      },
      score: 8,
      reasons: [
        { kind: 'COMPLEMENTARY_SECTOR', points: 3, sector: 'ACADEMIA' },
        { kind: 'SHARED_TECHNOLOGY', points: 5, areas: [{ code: 'ai', nameSv: 'Artificiell intelligens', nameEn: 'Artificial intelligence' }] },
      ],
    },
  ],
};

function setup(subject: Actor, auth: AuthStatus = 'authenticated') {
  const api = mockApi(
    ...signedInMocks(me()),
    http.get('/api/v1/actors/{id}', ({ response }) => response(200).json(subject, etag(subject.version))),
    http.get('/api/v1/resources', ({ response }) => response(200).json(EMPTY_RESOURCE_PAGE)),
    http.get('/api/v1/actors/{id}/collaborations', ({ response }) => response(200).json(EMPTY_COLLABORATION_PAGE)),
    http.get('/api/v1/actors/{id}/partner-suggestions', ({ response }) => response(200).json(SUGGESTIONS)),
    // The integrations an owner sees beside: none here.
    http.get('/api/v1/actors/{actorId}/api-clients', ({ response }) => response(200).json({ items: [] })),
    http.get('/api/v1/actors/{actorId}/webhooks', ({ response }) => response(200).json({ items: [] })),
  );
  renderApp({ path: `/aktorer/${subject.slug}`, fetch: api.fetch, auth });
  const asked = () => api.requests.filter((request) => new URL(request.url).pathname.endsWith('/partner-suggestions'));
  return { asked };
}

describe("an actor page's suggested partners", () => {
  it.each(['OWNER', 'EDITOR'] as const)('are shown to its %s with their reasons in words', async (role) => {
    const { asked } = setup(actor({ myRole: role }));

    const section = await screen.findByRole('region', { name: 'Föreslagna partner' });
    expect(await within(section).findByRole('link', { name: 'Umeå universitet' })).toHaveAttribute('href', '/aktorer/umea-universitet');
    expect(within(section).getByText('Poäng: 8')).toBeInTheDocument();
    expect(within(section).getByText('Kompletterar med sektorn akademi', { exact: false })).toBeInTheDocument();
    expect(within(section).getByText('Delar teknikområdet Artificiell intelligens', { exact: false })).toBeInTheDocument();
    expect(asked()).toHaveLength(1);
    expect(new URL(asked()[0]!.url).searchParams.get('limit')).toBe('6');
  });

  it.each([
    ['a member', 'MEMBER', 'authenticated'],
    ['a signed-in person without a role', undefined, 'authenticated'],
    ['the public', undefined, 'anonymous'],
  ] as const)('are hidden from %s, and nothing is asked', async (_who, role, auth) => {
    const { asked } = setup(actor({ myRole: role }), auth);

    expect(await screen.findByRole('heading', { level: 1, name: 'Umeå Science Park' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Föreslagna partner' })).not.toBeInTheDocument();
    expect(screen.queryByText('Umeå universitet')).not.toBeInTheDocument();
    expect(asked()).toHaveLength(0);
  });
});
