import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { ActorLogo, initialsOf } from './actor-logo';

describe('initialsOf', () => {
  it('takes the first letters of the first two words', () => {
    expect(initialsOf('Umeå universitet')).toBe('UU');
    expect(initialsOf('RISE')).toBe('R');
    expect(initialsOf('Region Västerbotten – Regional utveckling')).toBe('RV');
    expect(initialsOf('  åkeri & logistik AB')).toBe('ÅL');
    expect(initialsOf('')).toBe('');
  });
});

describe('ActorLogo', () => {
  it('shows the logo lazily, at a fixed size, with alt text naming the actor', () => {
    render(
      <I18nProvider>
        <ActorLogo name="Norrsken Lab" logoUrl="https://cdn.example.se/norrsken.png" size={40} />
      </I18nProvider>,
    );
    const logo = screen.getByRole('img', { name: 'Logotyp för Norrsken Lab' });
    expect(logo).toHaveAttribute('src', 'https://cdn.example.se/norrsken.png');
    expect(logo).toHaveAttribute('loading', 'lazy');
    expect(logo).toHaveAttribute('width', '40');
    expect(logo).toHaveAttribute('height', '40');
  });

  it('shows the initials, hidden from screen readers, when there is no logo', () => {
    render(
      <I18nProvider>
        <ActorLogo name="Umeå universitet" />
      </I18nProvider>,
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    const initials = screen.getByTestId('actor-initials');
    expect(initials).toHaveTextContent('UU');
    expect(initials).toHaveAttribute('aria-hidden', 'true');
  });

  it('falls back to the initials when the logo fails to load', () => {
    render(
      <I18nProvider>
        <ActorLogo name="Skellefteå kommun" logoUrl="https://cdn.example.se/missing.png" />
      </I18nProvider>,
    );
    fireEvent.error(screen.getByRole('img'));
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByTestId('actor-initials')).toHaveTextContent('SK');
  });
});
