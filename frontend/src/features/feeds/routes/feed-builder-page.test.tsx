import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpResponse } from 'msw';
import { http, mockApi, problemBody, PROBLEM_JSON } from '../../../test/api-mock';
import { SDGS } from '../../../test/vocabulary-fixtures';
import { renderApp } from '../../../test/render-app';

const MANIFEST = { file: '/embed/din-embed-0123456789ab.js', integrity: 'sha384-QUJD' };

function server(options: { manifest?: boolean } = {}) {
  return mockApi(
    // The widget's manifest is the SPA host's file, not the API's: no contract to check it against.
    http.untyped.get('*/embed/din-embed.json', () =>
      options.manifest === false ? HttpResponse.json(problemBody(404), { status: 404, ...PROBLEM_JSON }) : HttpResponse.json(MANIFEST),
    ),
    http.get('/api/v1/vocabularies/municipalities', ({ response }) =>
      response(200).json({
        items: [
          { code: '2480', name: 'Umeå kommun', shortName: 'Umeå', countyCode: '24', countyName: 'Västerbottens län' },
          { code: '2580', name: 'Luleå kommun', shortName: 'Luleå', countyCode: '25', countyName: 'Norrbottens län' },
        ],
      }),
    ),
    http.get('/api/v1/vocabularies/technology-areas', ({ response }) =>
      response(200).json({ items: [{ code: 'ai', name: { sv: 'Artificiell intelligens', en: 'Artificial intelligence' } }] }),
    ),
    http.get('/api/v1/vocabularies/sdgs', ({ response }) => response(200).json(SDGS)),
  );
}

function renderBuilder(path: string, options: { manifest?: boolean } = {}) {
  const api = server(options);
  // The manifest is fetched from the SPA's own origin with the global fetch, not the API client.
  vi.stubGlobal('fetch', api.fetch);
  const user = userEvent.setup();
  renderApp({ path, fetch: api.fetch });
  return { api, user, main: screen.getByRole('main') };
}

const field = (main: HTMLElement, name: string) => within(main).getByRole<HTMLTextAreaElement>('textbox', { name });

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.querySelectorAll('script[data-din-embed]').forEach((script) => script.remove());
});

describe('the feed builder', () => {
  it('shows every snippet for the chosen filters, all from one query', async () => {
    const { user, main } = renderBuilder('/floden?actor=a-1&actor=b-2');
    const origin = window.location.origin;

    expect(within(main).getByRole('heading', { level: 1, name: 'Flöden för webbplatser och kalendrar' })).toBeInTheDocument();
    expect(document.title).toBe('Flöden för webbplatser och kalendrar – Digital Impact North');
    expect(screen.getByRole('navigation').querySelector(`a[href="/floden"]`)).toHaveTextContent('Flöden');

    const county = within(main).getByLabelText('Län');
    await waitFor(() => expect(county).toBeEnabled());
    await user.selectOptions(county, 'Västerbottens län');
    // Only the county's municipalities are offered.
    const municipality = within(main).getByLabelText('Kommun');
    expect(within(municipality).queryByRole('option', { name: 'Luleå kommun' })).toBeNull();
    await user.selectOptions(municipality, 'Umeå kommun');
    await user.selectOptions(within(main).getByLabelText('Teknikområde'), 'Artificiell intelligens');
    await user.selectOptions(within(main).getByLabelText('Globalt mål'), 'Mål 2: Ingen hunger');
    await user.type(within(main).getByLabelText('Tagg'), 'AI & data');
    await user.selectOptions(within(main).getByLabelText('Utseende'), 'Kort');

    const query = 'actor=a-1&actor=b-2&municipality=2480&county=24&technologyArea=ai&tag=AI%20%26%20data&sdg=2&limit=10&lang=sv';

    const widget = await within(main).findByRole('textbox', { name: 'Webbkomponent' });
    expect((widget as HTMLTextAreaElement).value).toBe(
      `<script type="module" src="${origin}/embed/din-embed-0123456789ab.js" integrity="sha384-QUJD" crossorigin="anonymous"></script>\n` +
        '<din-feed api="http://api.test" feed="events" actor="a-1 b-2" municipality="2480" county="24" technology-area="ai" tag="AI &amp; data" sdg="2" limit="10" lang="sv" layout="cards"></din-feed>',
    );
    expect(field(main, 'Iframe utan skript').value).toBe(
      `<iframe title="Kommande evenemang" src="http://api.test/embed/v1/events?${query.replace(/&/g, '&amp;')}&amp;layout=cards" width="100%" height="600" loading="lazy"></iframe>`,
    );
    expect(field(main, 'Kalenderprenumeration (iCalendar)').value).toBe(`http://api.test/feeds/v1/events.ics?${query}`);
    expect(within(main).getByRole('link', { name: 'Prenumerera i din kalenderapp (webcal)' })).toHaveAttribute(
      'href',
      `webcal://api.test/feeds/v1/events.ics?${query}`,
    );
    expect(field(main, 'RSS-flöde').value).toBe(`http://api.test/feeds/v1/events.rss?${query}`);

    // The preview is the real element, fed the same attributes, and its script is added once.
    const preview = main.querySelector('din-feed')!;
    expect(preview.getAttribute('api')).toBe('http://api.test');
    expect(preview.getAttribute('technology-area')).toBe('ai');
    expect(preview.getAttribute('layout')).toBe('cards');
    const scripts = document.head.querySelectorAll('script[data-din-embed]');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toHaveAttribute('type', 'module');
    expect(scripts[0]).toHaveAttribute('src', `${origin}/embed/din-embed.js`);
  });

  it('offers no calendar for testbeds, and drops the dates', async () => {
    const { user, main } = renderBuilder('/floden');
    await user.type(within(main).getByLabelText('Från och med'), '2030-01-01');
    await user.selectOptions(within(main).getByLabelText('Flöde'), 'Testbäddar');

    expect(within(main).queryByLabelText('Från och med')).toBeNull();
    expect(within(main).queryByRole('textbox', { name: 'Kalenderprenumeration (iCalendar)' })).toBeNull();
    expect(field(main, 'RSS-flöde').value).toBe('http://api.test/feeds/v1/testbeds.rss?limit=10&lang=sv');
    expect(main.querySelector('din-feed')!.getAttribute('from')).toBeNull();
  });

  it('copies a snippet and says so', async () => {
    const { user, main } = renderBuilder('/floden');
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.click(within(main).getByRole('button', { name: 'Kopiera RSS-flöde' }));

    expect(writeText).toHaveBeenCalledWith('http://api.test/feeds/v1/events.rss?limit=10&lang=sv');
    expect(await within(main).findByText('Kopierat.')).toBeInTheDocument();
  });

  it('still offers the other snippets when the widget manifest cannot be read', async () => {
    const { main } = renderBuilder('/floden', { manifest: false });
    expect(await within(main).findByRole('alert')).toHaveTextContent('Något gick fel');
    expect(within(main).queryByRole('textbox', { name: 'Webbkomponent' })).toBeNull();
    expect(field(main, 'RSS-flöde').value).toBe('http://api.test/feeds/v1/events.rss?limit=10&lang=sv');
  });
});
