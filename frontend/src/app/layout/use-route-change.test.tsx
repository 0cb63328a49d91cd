import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestHandler } from 'msw';
import { http, mockApi, problemBody, problemInit } from '../../test/api-mock';
import { homePageMocks } from '../../test/home-page-mocks';
import { renderApp } from '../../test/render-app';
import { SDGS } from '../../test/vocabulary-fixtures';

function server(...extra: RequestHandler[]) {
  return mockApi(...extra, http.get('/api/v1/vocabularies/sdgs', ({ response }) => response(200).json(SDGS)), ...homePageMocks());
}

/** An actor that is not found, answered only once `release` is called: the page loads until then. */
function slowUnknownActor() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const handler = http.get('/api/v1/actors/{id}', async ({ response }) => {
    await gate;
    return response('default').json(problemBody(404), problemInit(404));
  });
  return { handler, release: () => release() };
}

/** The live region that says which page opened (the page frame's only polite, atomic status). */
function announcer() {
  const region = document.querySelector('[aria-live="polite"][aria-atomic="true"]');
  if (!region) throw new Error('no route announcer');
  return region;
}

function setScrollY(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true, writable: true });
  window.dispatchEvent(new Event('scroll'));
}

describe('a change of page', () => {
  let scrollTo: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    // jsdom does not scroll; what matters is where the page asked to go.
    scrollTo = vi.fn();
    window.scrollTo = scrollTo as unknown as typeof window.scrollTo;
    setScrollY(0);
  });
  afterEach(() => setScrollY(0));

  it('does nothing on the first load: focus, scroll and the announcer are left alone', () => {
    renderApp({ path: '/finns-inte', fetch: server().fetch });

    expect(screen.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(document.activeElement).toBe(document.body);
    expect(scrollTo).not.toHaveBeenCalled();
    expect(announcer()).toHaveTextContent(/^$/);
  });

  it('scrolls to the top, focuses the new h1 without making it a Tab stop and announces its title', async () => {
    const user = userEvent.setup();
    renderApp({ path: '/finns-inte', fetch: server().fetch });
    setScrollY(800);

    await user.click(screen.getByRole('link', { name: 'Till startsidan' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Digital Impact North' });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);
    expect(announcer()).toHaveTextContent('Ny sida: Digital Impact North');
  });

  it('announces in the reader’s language', async () => {
    const user = userEvent.setup();
    renderApp({ fetch: server().fetch });
    await user.selectOptions(screen.getByLabelText('Språk'), 'en');

    await user.click(screen.getByRole('link', { name: 'My profile' }));

    await waitFor(() => expect(announcer().textContent).toMatch(/^New page: /));
  });

  it('leaves focus, scroll and the announcer alone when only the query string changes (a filter)', async () => {
    const user = userEvent.setup();
    const { router } = renderApp({ path: '/finns-inte', fetch: server().fetch });
    await user.click(screen.getByRole('link', { name: 'Start' }));
    await screen.findByRole('heading', { level: 1, name: 'Digital Impact North' });
    const announced = announcer().textContent;
    const field = screen.getByLabelText('Språk');
    field.focus();
    scrollTo.mockClear();

    await act(() => router.navigate('/?filter=1', { replace: true }));

    expect(router.state.location.search).toBe('?filter=1');
    expect(field).toHaveFocus();
    expect(scrollTo).not.toHaveBeenCalled();
    expect(announcer().textContent).toBe(announced);
  });

  it('returns to where the reader left a page on Back, and to the top on a new visit', async () => {
    const { router } = renderApp({ path: '/finns-inte', fetch: server().fetch });
    setScrollY(640);

    await act(() => router.navigate('/'));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);
    setScrollY(0);

    await act(() => router.navigate(-1));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 640);
    expect(screen.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toHaveFocus();

    await act(() => router.navigate('/finns-inte-heller'));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);
  });

  it('waits on main while the page loads, then focuses its h1 once it appears', async () => {
    const actor = slowUnknownActor();
    const { router } = renderApp({ fetch: server(actor.handler).fetch });

    await act(() => router.navigate('/aktorer/okand'));
    expect(screen.getByRole('main')).toHaveFocus();

    actor.release();

    const heading = await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(announcer()).toHaveTextContent('Ny sida: Sidan finns inte');
  });

  it('does not pull focus back when the reader moved on while the page loaded', async () => {
    const actor = slowUnknownActor();
    const { router } = renderApp({ fetch: server(actor.handler).fetch });
    await act(() => router.navigate('/aktorer/okand'));
    const field = screen.getByLabelText('Språk');
    field.focus();

    actor.release();

    await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' });
    await waitFor(() => expect(announcer()).toHaveTextContent('Ny sida: Sidan finns inte'));
    expect(field).toHaveFocus();
  });
});
