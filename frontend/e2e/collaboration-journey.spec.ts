import { expect, test } from '@playwright/test';
import {
  activeOrganisation,
  exactly,
  expectNoA11yViolations,
  pageFor,
  publishEvent,
  tokenFor,
  uniqueName,
  untilSearchFinds,
} from './support';

/**
 * A collaboration across boundaries, end to end in the SPA against the real Keycloak: anna starts
 * one for her company and invites an organisation erik owns (found with the actor picker); erik
 * logs in, sees the invitation counted in the menu and waiting in his inbox, and accepts; anna
 * links an event the institute published and publishes; a visitor who is not logged in then reads
 * the public page with both participants, the sectors crossed and the linked event. axe checks each
 * new page.
 *
 * The organisations are made through the API (registered by their owners, approved by moa), as
 * the other journeys do: registering through the form is the actor journey's subject.
 */

test('anna starts a collaboration, erik’s organisation accepts, and the public page shows the sectors crossed', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const company = uniqueName('Norrskensdata');
  const institute = uniqueName('Kvarkeninstitutet');
  const title = uniqueName('AI för basindustrin');
  const event = uniqueName('Kvarkens AI-dag');
  const { slug: companySlug } = await activeOrganisation(request, 'anna', company, 'COMPANY', '2480');
  const { id: instituteId } = await activeOrganisation(request, 'erik', institute, 'RESEARCH_INSTITUTE', '2580');

  // Anna starts the collaboration from her company's page.
  const anna = await pageFor(browser, 'anna', `/aktorer/${companySlug}`);
  await expect(anna.getByRole('heading', { level: 1, name: exactly(company) })).toBeVisible();
  const collaborations = anna.getByRole('region', { name: 'Samverkan' });
  await collaborations.getByRole('link', { name: 'Starta samverkan' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Starta samverkan' })).toBeVisible();
  await expect(anna.getByLabel(/^Organisationen som leder samverkan/)).toHaveValue(/.+/);
  await anna.getByLabel(/^Typ av samverkan/).selectOption({ label: 'Projekt' });
  await anna.getByLabel(/^Läge/).selectOption({ label: 'Pågår' });
  await anna.getByLabel('Titel på svenska').fill(title);
  await anna.getByLabel('Sammanfattning på svenska').fill('Maskininlärning för gruvor och sågverk i norr.');
  await anna.getByLabel(/^Startdatum/).fill('2026-03-01');
  await anna.getByLabel('Sök forskningsämne').fill('Datavetenskap');
  await anna.getByRole('button', { name: 'Lägg till Datavetenskap' }).click();
  await expect(anna.getByRole('button', { name: 'Ta bort Datavetenskap' })).toBeVisible();
  await expectNoA11yViolations(anna);
  await anna.getByRole('button', { name: 'Spara utkast' }).click();

  // The draft's page: only anna's company takes part so far.
  await expect(anna.getByRole('heading', { level: 1, name: exactly(title) })).toBeVisible();
  await expect(anna.getByText('Utkastet är sparat. Bjud in deltagare nedan.')).toBeVisible();
  await expect(anna.getByText('Allmänheten ser samverkan först när minst två deltagare har tackat ja.')).toBeVisible();
  const collaborationPath = new URL(anna.url()).pathname;
  await expectNoA11yViolations(anna);

  // She invites erik's institute, found by its name.
  await anna.getByLabel('Sök aktör att bjuda in').fill(institute);
  await anna.getByRole('button', { name: `Bjud in ${institute}` }).click();
  await expect(anna.getByText(`${institute} är inbjuden.`)).toBeVisible();
  const invitations = anna.getByRole('table', { name: 'Alla aktörer som bjudits in, med roll och svar' });
  await expect(invitations.getByRole('row', { name: exactly(institute) })).toContainText('inbjuden, väntar på svar');
  await expectNoA11yViolations(anna);

  // Erik sees the invitation counted in the menu, and accepts it in his inbox.
  const erik = await pageFor(browser, 'erik');
  const inboxLink = erik.getByRole('navigation').getByRole('link', { name: /^Mina organisationer \d+ inbjudan|^Mina organisationer \d+ inbjudningar/ });
  await expect(inboxLink).toBeVisible();
  await inboxLink.click();
  const membership = erik.getByRole('article', { name: exactly(institute) });
  const inbox = membership.getByRole('region', { name: `Inbjudningar till ${institute} att delta i samverkan` });
  await expect(inbox.getByRole('link', { name: title })).toBeVisible();
  await expect(inbox).toContainText(`från ${company}, som partner`);
  await expectNoA11yViolations(erik);
  await inbox.getByRole('button', { name: `Tacka ja till ${title}` }).click();
  await expect(erik.getByText(`${institute} deltar nu i ${title}.`)).toBeVisible();
  await expect(inbox.getByText('Inga inbjudningar till samverkan väntar.')).toBeVisible();
  await expectNoA11yViolations(erik);
  // The institute has an event on the platform (made through the API: the resource journeys walk the form).
  await publishEvent(request, await tokenFor(request, 'erik'), instituteId, event, 30);
  // The institute's published resources reach Anna's page through the search index, about a second later.
  await untilSearchFinds(request, event, [event]);

  // Anna links the institute's event to the collaboration, and publishes.
  await anna.reload();
  await expect(anna.getByRole('table', { name: 'Alla aktörer som bjudits in, med roll och svar' }).getByRole('row', { name: exactly(institute) })).toContainText('deltar');
  const linked = anna.getByRole('region', { name: 'Länkade resurser' });
  await linked.getByLabel('Resurs att länka').selectOption({ label: `${event} (Evenemang)` });
  await linked.getByRole('button', { name: 'Länka resursen' }).click();
  await expect(linked.getByRole('status')).toHaveText(`${event} är nu länkad till samverkan.`);
  await expect(linked.getByRole('link', { name: event })).toBeVisible();
  await expectNoA11yViolations(anna);
  await anna.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expect(anna.getByText('Samverkan är publicerad.')).toBeVisible();
  await expectNoA11yViolations(anna);
  // Its edit page, as the lead opens it (left without saving).
  await anna.getByRole('link', { name: 'Redigera', exact: true }).click();
  await expect(anna.getByRole('heading', { level: 1, name: exactly(`Redigera ${title}`) })).toBeVisible();
  await expectNoA11yViolations(anna);

  // A visitor who is not logged in reads the public page.
  const visitor = await pageFor(browser, undefined, collaborationPath);
  await expect(visitor.getByRole('heading', { level: 1, name: exactly(title) })).toBeVisible();
  const participants = visitor.getByRole('region', { name: 'Deltagare' });
  await expect(participants.getByRole('row', { name: exactly(company) })).toContainText('NäringslivUmeå kommunHuvudman');
  await expect(participants.getByRole('row', { name: exactly(institute) })).toContainText('AkademiLuleå kommunPartner');
  const profile = visitor.getByRole('region', { name: 'Gränser som samverkan korsar' });
  const sector = profile.getByRole('listitem').filter({ has: visitor.getByRole('heading', { name: 'Sektor' }) });
  await expect(sector).toContainText('korsad');
  await expect(sector).not.toContainText('inte korsad');
  await expect(sector).toContainText('Näringsliv och Akademi');
  const place = profile.getByRole('listitem').filter({ has: visitor.getByRole('heading', { name: 'Plats' }) });
  await expect(place).toContainText('Över länsgräns');
  const resources = visitor.getByRole('region', { name: 'Resurser som används eller tas fram' });
  await expect(resources.getByRole('link', { name: event })).toBeVisible();
  await expect(resources).toContainText(`(Evenemang, ${institute})`);
  await expectNoA11yViolations(visitor);

  // The directory lists it among the collaborations that cross the sector boundary.
  await visitor.goto('/samverkan?crosses=SECTOR');
  await expect(visitor.getByRole('link', { name: title })).toBeVisible();
  await expectNoA11yViolations(visitor);

  await visitor.context().close();
  await erik.context().close();
  await anna.context().close();
});
