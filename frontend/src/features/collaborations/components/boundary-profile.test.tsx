import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider, useI18n } from '../../../lib/i18n/i18n-context';
import type { BoundaryProfile } from '../model';
import { profile } from '../test-fixtures';
import { BoundaryChips, BoundaryProfileView } from './boundary-profile';

function LanguageButton() {
  const { setLanguage } = useI18n();
  return (
    <button type="button" onClick={() => setLanguage('en')}>
      English
    </button>
  );
}

function renderProfile(value: BoundaryProfile) {
  return render(
    <I18nProvider>
      <LanguageButton />
      <BoundaryProfileView profile={value} />
    </I18nProvider>,
  );
}

function tile(name: string) {
  return screen.getByRole('heading', { level: 3, name }).closest('li')!;
}

describe('the boundary profile', () => {
  it('shows each of the five boundaries as crossed or not, in words and in its look', () => {
    renderProfile(profile());

    expect(screen.getByRole('heading', { level: 2, name: 'Gränser som samverkan korsar' })).toBeInTheDocument();
    expect(screen.getByText('Korsar 4 av 5 gränser')).toBeInTheDocument();
    const tiles = within(screen.getByRole('region', { name: 'Gränser som samverkan korsar' })).getAllByRole('heading', { level: 3 });
    expect(tiles.map((heading) => heading.textContent)).toEqual(['Sektor', 'Organisation', 'Plats', 'Kunskap', 'Teknik']);
    for (const name of ['Sektor', 'Organisation', 'Plats', 'Kunskap']) {
      expect(tile(name)).toHaveClass('boundary-tile--crossed');
      expect(within(tile(name)).getByText('korsad')).toBeInTheDocument();
    }
    expect(tile('Teknik')).not.toHaveClass('boundary-tile--crossed');
    expect(within(tile('Teknik')).getByText('inte korsad')).toBeInTheDocument();
    // The score's meter is decoration beside the words: four of five steps filled.
    expect(document.querySelectorAll('.score-meter__step--on')).toHaveLength(4);
  });

  it('names the sectors, the places and the borders they cross, the research areas and the technology', () => {
    renderProfile(profile());

    expect(within(tile('Sektor')).getByText('Näringsliv och Akademi')).toBeInTheDocument();
    expect(within(tile('Organisation')).getByText('2 organisationer')).toBeInTheDocument();
    const place = within(tile('Plats'));
    expect(place.getByText('Umeå kommun och Luleå kommun')).toBeInTheDocument();
    expect(place.getByText('Västerbottens län och Norrbottens län')).toBeInTheDocument();
    expect(place.getByText('Över kommungräns')).toBeInTheDocument();
    expect(place.getByText('Över länsgräns')).toBeInTheDocument();
    expect(place.getByText('Når utanför regionen')).toBeInTheDocument();
    expect(within(tile('Kunskap')).getByText('Forskningsområden: Naturvetenskap och Samhällsvetenskap')).toBeInTheDocument();
    expect(within(tile('Kunskap')).getByText('Ämnesgrupper: Data- och informationsvetenskap')).toBeInTheDocument();
    expect(within(tile('Teknik')).getByText('Artificiell intelligens')).toBeInTheDocument();
  });

  it('names a triple or quadruple helix, and says so in English too', async () => {
    const user = userEvent.setup();
    renderProfile(
      profile({
        sectors: { values: ['BUSINESS', 'ACADEMIA', 'PUBLIC', 'CIVIL'], count: 4, helix: 'QUADRUPLE', crossed: true },
      }),
    );
    expect(within(tile('Sektor')).getByText(/^Fyrdubbel helix/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('Crosses 4 of 5 boundaries')).toBeInTheDocument();
    expect(within(tile('Sector')).getByText('Business, Academia, Public sector and Civil society')).toBeInTheDocument();
    expect(within(tile('Sector')).getByText(/^Quadruple helix/)).toBeInTheDocument();
    expect(within(tile('Technology')).getByText('not crossed')).toBeInTheDocument();
  });

  it('shows a profile that crosses nothing as five tiles not crossed', () => {
    renderProfile({
      score: 0,
      crossed: [],
      sectors: { values: ['BUSINESS'], count: 1, helix: 'NONE', crossed: false },
      organisations: { count: 1, crossed: false },
      places: {
        municipalities: [],
        counties: [],
        crossesMunicipalBorder: false,
        crossesCountyBorder: false,
        reachesOutsideRegion: false,
        crossed: false,
      },
      knowledge: { areas: [], groups: [], crossed: false },
      technology: { areas: [], count: 0, crossed: false },
    });
    expect(screen.getByText('Korsar 0 av 5 gränser')).toBeInTheDocument();
    expect(screen.getAllByText('inte korsad')).toHaveLength(5);
    expect(document.querySelectorAll('.boundary-tile--crossed')).toHaveLength(0);
    expect(screen.getByText('Ingen kommun angiven')).toBeInTheDocument();
    expect(screen.getByText('1 organisation')).toBeInTheDocument();
  });

  it('lists the boundaries of a card in one line, each saying whether it is crossed', () => {
    render(
      <I18nProvider>
        <BoundaryChips profile={profile()} />
      </I18nProvider>,
    );
    const chips = document.querySelectorAll('.boundary-chip');
    expect([...chips].map((chip) => chip.textContent?.trim())).toEqual([
      '✓ Sektor: korsad',
      '✓ Organisation: korsad',
      '✓ Plats: korsad',
      '✓ Kunskap: korsad',
      'Teknik: inte korsad',
    ]);
    expect(document.querySelectorAll('.boundary-chip--crossed')).toHaveLength(4);
  });
});
