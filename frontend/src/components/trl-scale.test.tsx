import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { TrlScale } from './trl-scale';

function renderScale(props: { min?: number; max?: number }) {
  return render(
    <I18nProvider>
      <TrlScale {...props} />
    </I18nProvider>,
  );
}

describe('TrlScale', () => {
  it('draws the nine steps with the range filled in and its ends named', () => {
    renderScale({ min: 3, max: 6 });
    expect(screen.getByText('TRL 3–6')).toBeInTheDocument();
    const steps = within(screen.getByRole('list', { name: 'Teknisk mognadsgrad på skalan 1–9' })).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      '1',
      '2',
      '3 (ingår)',
      '4 (ingår)',
      '5 (ingår)',
      '6 (ingår)',
      '7',
      '8',
      '9',
    ]);
    expect(steps.filter((step) => step.classList.contains('trl-scale__step--included'))).toHaveLength(4);
    // A range has no single current level.
    expect(steps.some((step) => step.hasAttribute('aria-current'))).toBe(false);
    expect(screen.getByText('TRL 3: Experimentellt konceptbevis')).toBeInTheDocument();
    expect(screen.getByText('TRL 6: Tekniken demonstrerad i relevant miljö')).toBeInTheDocument();
  });

  it('marks a single level as the current one and names it once', () => {
    renderScale({ min: 7, max: 7 });
    const current = screen.getAllByRole('listitem').filter((item) => item.getAttribute('aria-current') === 'true');
    expect(current.map((item) => item.textContent)).toEqual(['7 (ingår)']);
    expect(screen.getAllByText('TRL 7: Prototyp demonstrerad i driftmiljö')).toHaveLength(1);
  });

  it('fills up to 9 from a lowest level alone', () => {
    renderScale({ min: 8 });
    expect(screen.getByText('Från TRL 8')).toBeInTheDocument();
    const included = document.querySelectorAll('.trl-scale__step--included');
    expect([...included].map((step) => step.firstChild?.textContent)).toEqual(['8', '9']);
  });

  it('renders nothing without a level on the scale', () => {
    const { container } = renderScale({ min: 0, max: 12 });
    expect(container).toBeEmptyDOMElement();
  });
});
