import { expect, test } from '@playwright/test';
import jsonld from 'jsonld';
import { activeOrganisation, exactly, expectNoA11yViolations, tokenFor, uniqueName } from './support';

/**
 * The collaborations feed's JSON-LD, read by a JSON-LD processor nobody here wrote (jsonld.js):
 * a public collaboration of two organisations becomes a schema.org Project whose members and
 * funders are Organizations with their pages as url. Everything goes through the API; feeds need no login.
 */

const API = process.env.DIN_API_URL || 'http://localhost:8080';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SCHEMA = 'http://schema.org/';

/**
 * The processor would fetch the context the feed names (https://schema.org) over the network;
 * tests reach nothing outside this machine, so its document loader answers with this stand-in.
 * It maps terms as schema.org's own context does: every term to the vocabulary http://schema.org/,
 * and url and sameAs to IRIs. Any other document is refused, so nothing is fetched behind our back.
 */
const SCHEMA_ORG_CONTEXT = {
  '@context': {
    '@vocab': SCHEMA,
    url: { '@id': `${SCHEMA}url`, '@type': '@id' },
    sameAs: { '@id': `${SCHEMA}sameAs`, '@type': '@id' },
  },
};

function documentLoader(url: string) {
  if (url.replace(/\/$/, '') === 'https://schema.org') {
    return Promise.resolve({ contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT });
  }
  return Promise.reject(new Error(`the test's document loader has no ${url}`));
}

interface Quad {
  subject: { termType: string; value: string };
  predicate: { value: string };
  object: { termType: string; value: string };
}

test('the collaborations feed as JSON-LD parses into a Project with its members and funders as Organizations', async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  const api = await playwright.request.newContext();
  const company = await activeOrganisation(api, 'anna', uniqueName('Samverkansbolaget'), 'COMPANY', '2480');
  const university = await activeOrganisation(api, 'erik', uniqueName('Forskningsinstitutet'), 'RESEARCH_INSTITUTE', '2482');
  const title = uniqueName('Länkade data i norr');

  // anna starts the collaboration for her company, with erik's institute as a funder and an outside one.
  const anna = { Authorization: `Bearer ${await tokenFor(api, 'anna')}` };
  const created = await api.post(`${API}/api/v1/collaborations`, {
    headers: anna,
    data: {
      leadActorId: company.id,
      kind: 'PROJECT',
      status: 'ACTIVE',
      title: { sv: title },
      summary: { sv: 'Ett projekt som partnersidor läser som länkade data.' },
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      funding: [
        { funderActorId: university.id, amountSek: 500000, type: 'PUBLIC' },
        { funderName: 'Vinnova', programme: 'Avancerad digitalisering', amountSek: 2000000, type: 'PUBLIC' },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id, slug } = (await created.json()) as { id: string; slug: string };

  // erik's institute is invited and accepts; then anna publishes.
  const invited = await api.post(`${API}/api/v1/collaborations/${id}/participants`, {
    headers: anna,
    data: { actorId: university.id, role: 'PARTNER' },
  });
  expect(invited.status(), await invited.text()).toBe(201);
  const accepted = await api.post(`${API}/api/v1/collaborations/${id}/participants/${university.id}/accept`, {
    headers: { Authorization: `Bearer ${await tokenFor(api, 'erik')}` },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  const current = await api.get(`${API}/api/v1/collaborations/${id}`, { headers: anna });
  const published = await api.post(`${API}/api/v1/collaborations/${id}/publish`, {
    headers: { ...anna, 'If-Match': current.headers()['etag'] ?? '' },
  });
  expect(published.status(), await published.text()).toBe(200);

  const feed = await api.get(`${API}/feeds/v1/collaborations.jsonld?actor=${company.id}`);
  expect(feed.status(), await feed.text()).toBe(200);
  expect(feed.headers()['content-type']).toContain('application/ld+json');
  const quads = (await jsonld.toRDF((await feed.json()) as object, { documentLoader })) as unknown as Quad[];

  const values = (subject: string, predicate: string) =>
    quads.filter((q) => q.subject.value === subject && q.predicate.value === `${SCHEMA}${predicate}`).map((q) => q.object.value);
  const typeOf = (subject: string) => quads.filter((q) => q.subject.value === subject && q.predicate.value === RDF_TYPE).map((q) => q.object.value);

  // Exactly one Project: this collaboration, named by its page.
  const projects = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SCHEMA}Project`).map((q) => q.subject);
  expect(projects).toHaveLength(1);
  const project = projects[0]!;
  expect(project.termType).toBe('NamedNode');
  expect(project.value).toMatch(new RegExp(`/samverkan/${slug}$`));
  expect(values(project.value, 'name')).toEqual([title]);
  expect(values(project.value, 'foundingDate')).toEqual(['2026-01-01']);

  // Both organisations are members, each an Organization with its page as url.
  const members = values(project.value, 'member');
  expect(members).toHaveLength(2);
  for (const member of members) expect(typeOf(member)).toEqual([`${SCHEMA}Organization`]);
  const memberPages = members.map((m) => values(m, 'url')[0] ?? '');
  for (const organisation of [company, university]) {
    expect(memberPages.filter((page) => page.endsWith(`/aktorer/${organisation.slug}`)), memberPages.join(', ')).toHaveLength(1);
  }
  expect(members.flatMap((m) => values(m, 'name')).sort()).toEqual([company.name, university.name].sort());

  // Funders: the institute (on the platform: an Organization with url) and Vinnova (outside: a name only).
  const funders = values(project.value, 'funder');
  expect(funders).toHaveLength(2);
  for (const funder of funders) expect(typeOf(funder)).toEqual([`${SCHEMA}Organization`]);
  const institute = funders.find((f) => values(f, 'url').length > 0)!;
  expect(values(institute, 'url')[0]).toMatch(new RegExp(`/aktorer/${university.slug}$`));
  expect(funders.flatMap((f) => values(f, 'name'))).toContain('Vinnova');

  // The Project's page, as the feed names it: the collaboration with its participants and its funding.
  await page.goto(`/samverkan/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: exactly(title) })).toBeVisible();
  await expect(page.getByText('Vinnova').first()).toBeVisible();
  await expectNoA11yViolations(page);
  await api.dispose();
});
