import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, LANGUAGE_STORAGE_KEY } from '../lib/i18n/i18n-context';
import { PartnerSuggestions, type PartnerSuggestion } from './partner-suggestions';

const UMEA = { code: '2480', name: 'Umeå kommun', countyCode: '24', countyName: 'Västerbottens län' };

/** One suggestion with every kind of reason the API sends, as data (no sentences). */
function institute(): PartnerSuggestion {
  return {
    actor: {
      id: 'a-2',
      slug: 'rise',
      name: 'RISE Research Institutes of Sweden',
      kind: 'RESEARCH_INSTITUTE',
      sector: 'ACADEMIA',
      municipality: UMEA,
    },
    score: 12,
    reasons: [
      { kind: 'COMPLEMENTARY_SECTOR', points: 3, sector: 'ACADEMIA' },
      {
        kind: 'SHARED_TECHNOLOGY',
        points: 4,
        areas: [
          { code: 'ai', nameSv: 'AI', nameEn: 'AI' },
          { code: 'iot', nameSv: 'IoT', nameEn: 'IoT' },
        ],
      },
      {
        kind: 'SHARED_KNOWLEDGE',
        points: 1,
        areas: [{ code: '102', nameSv: 'Data- och informationsvetenskap', nameEn: 'Computer and Information Sciences' }],
      },
      { kind: 'SAME_MUNICIPALITY', points: 2, municipality: UMEA },
      { kind: 'SAME_COUNTY', points: 1, county: { code: '24', name: 'Västerbottens län' } },
      {
        kind: 'FITTING_RESOURCES',
        points: 2,
        resources: [{ id: 'r-1', slug: 'ai-testbadd', kind: 'TESTBED', titleSv: 'AI-testbädden', titleEn: 'The AI testbed' }],
      },
      {
        kind: 'PARTNERS_OF_PARTNERS',
        points: 3,
        partners: [
          { id: 'p-1', slug: 'umu', name: 'Umeå universitet' },
          { id: 'p-2', slug: 'region', name: 'Region Västerbotten' },
          { id: 'p-3', slug: 'usp', name: 'Umeå Science Park' },
        ],
      },
    ],
  };
}

function renderSuggestions(suggestions: PartnerSuggestion[], language?: 'sv' | 'en') {
  if (language) window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  return render(
    <I18nProvider>
      <MemoryRouter>
        <PartnerSuggestions suggestions={suggestions} actorHref={(slug) => `/aktorer/${slug}`} />
      </MemoryRouter>
    </I18nProvider>,
  );
}

function reasonsOf(name: string): string[] {
  return within(screen.getByRole('list', { name: `Därför föreslås ${name}` }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

afterEach(() => window.localStorage.clear());

describe('PartnerSuggestions', () => {
  it('links each suggested actor to its page and says its score and every reason in Swedish words', () => {
    renderSuggestions([institute()]);

    const name = 'RISE Research Institutes of Sweden';
    expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument();
    expect(screen.getByRole('link', { name })).toHaveAttribute('href', '/aktorer/rise');
    expect(screen.getByText('Forskningsinstitut · Akademi · Umeå kommun')).toBeInTheDocument();
    expect(screen.getByText('Poäng: 12')).toBeInTheDocument();
    expect(reasonsOf(name)).toEqual([
      'Kompletterar med sektorn akademi (+3 poäng)',
      'Delar teknikområdena AI och IoT (+4 poäng)',
      'Delar kunskapsområdet Data- och informationsvetenskap (+1 poäng)',
      'Finns också i Umeå kommun (+2 poäng)',
      'Finns också i Västerbottens län (+1 poäng)',
      'Har testbädden AI-testbädden som passar (+2 poäng)',
      '3 gemensamma partner: Umeå universitet, Region Västerbotten och Umeå Science Park (+3 poäng)',
    ]);
  });

  it('says the same in English, with English names where the API gives them', () => {
    renderSuggestions([institute()], 'en');

    const items = within(screen.getByRole('list', { name: 'Why RISE Research Institutes of Sweden is suggested' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Brings in academia (+3 points)',
      'Shares the technology areas AI and IoT (+4 points)',
      'Shares the knowledge area Computer and Information Sciences (+1 point)',
      'Also based in Umeå kommun (+2 points)',
      'Also based in Västerbottens län (+1 point)',
      'Has the testbed The AI testbed that fits (+2 points)',
      '3 partners in common: Umeå universitet, Region Västerbotten and Umeå Science Park (+3 points)',
    ]);
    expect(screen.getByText('Score: 12')).toBeInTheDocument();
  });

  it('names the first three common partners and counts the rest, and words one partner and one area in the singular', () => {
    const suggestion = institute();
    suggestion.reasons = [
      {
        kind: 'PARTNERS_OF_PARTNERS',
        points: 5,
        partners: ['A', 'B', 'C', 'D', 'E'].map((letter) => ({ id: letter, slug: letter.toLowerCase(), name: `Partner ${letter}` })),
      },
      { kind: 'PARTNERS_OF_PARTNERS', points: 1, partners: [{ id: 'x', slug: 'x', name: 'Partner X' }] },
      { kind: 'SHARED_TECHNOLOGY', points: 2, areas: [{ code: 'ai', nameSv: 'AI', nameEn: 'AI' }] },
      { kind: 'COMPLEMENTARY_SECTOR', points: 3, sector: 'PUBLIC' },
    ] as PartnerSuggestion['reasons'];
    renderSuggestions([suggestion]);

    expect(reasonsOf('RISE Research Institutes of Sweden')).toEqual([
      '5 gemensamma partner: Partner A, Partner B, Partner C och 2 till (+5 poäng)',
      '1 gemensam partner: Partner X (+1 poäng)',
      'Delar teknikområdet AI (+2 poäng)',
      'Kompletterar med offentlig sektor (+3 poäng)',
    ]);
  });

  it('keeps the ranking the API gave', () => {
    const second = { ...institute(), actor: { ...institute().actor, id: 'a-3', slug: 'umu', name: 'Umeå universitet' }, score: 7 };
    renderSuggestions([institute(), second]);

    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'RISE Research Institutes of Sweden',
      'Umeå universitet',
    ]);
  });

  it('says so when there is nothing to suggest', () => {
    renderSuggestions([]);

    expect(screen.getByText(/^Inga förslag just nu\./)).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
