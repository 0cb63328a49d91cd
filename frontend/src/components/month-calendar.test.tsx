import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { addMonths, MonthCalendar, monthRange, weeksOf, type CalendarEntry } from './month-calendar';

describe('the calendar arithmetic', () => {
  it('lays out February 2026 from Monday, with the neighbouring months blank', () => {
    const weeks = weeksOf('2026-02');
    // 1 February 2026 is a Sunday.
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks.at(-1)).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', null]);
    expect(weeks).toHaveLength(5);
  });

  it('steps months across years and knows their last days', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthRange('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
  });
});

const ENTRIES: CalendarEntry[] = [
  { key: 'a', date: '2026-03-10', label: 'Seminarium om AI', href: '/resurser/ai', time: '09:00' },
  { key: 'b', date: '2026-03-10', label: 'Hackathon', href: '/resurser/hack' },
  { key: 'c', date: '2026-04-02', label: 'Aprilträff', href: '/resurser/april' },
];

function Harness({ start }: { start: string }) {
  const [month, setMonth] = useState(start);
  return (
    <I18nProvider>
      <MemoryRouter>
        <MonthCalendar month={month} entries={ENTRIES} onMonthChange={setMonth} today="2026-03-12" />
      </MemoryRouter>
    </I18nProvider>
  );
}

describe('MonthCalendar', () => {
  it('puts each event on its day as a link and marks today', () => {
    render(<Harness start="2026-03" />);
    const grid = screen.getByRole('grid', { name: 'mars 2026' });
    const tenth = within(grid).getByRole('gridcell', { name: 'tisdag 10 mars, 2 evenemang' });
    expect(within(tenth).getByRole('link', { name: '09:00 Seminarium om AI' })).toHaveAttribute('href', '/resurser/ai');
    expect(within(tenth).getByRole('link', { name: 'Hackathon' })).toHaveAttribute('href', '/resurser/hack');
    expect(within(grid).getByRole('gridcell', { name: 'torsdag 12 mars, inga evenemang' })).toHaveAttribute('aria-current', 'date');
    expect(within(grid).queryByText('Aprilträff')).not.toBeInTheDocument();
    expect(within(grid).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'mån',
      'tis',
      'ons',
      'tors',
      'fre',
      'lör',
      'sön',
    ]);
  });

  it('moves between months with the buttons', async () => {
    const user = userEvent.setup();
    render(<Harness start="2026-03" />);
    await user.click(screen.getByRole('button', { name: /Nästa månad/ }));
    expect(screen.getByRole('grid', { name: 'april 2026' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aprilträff' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Föregående månad/ }));
    await user.click(screen.getByRole('button', { name: /Föregående månad/ }));
    expect(screen.getByRole('grid', { name: 'februari 2026' })).toBeInTheDocument();
    expect(screen.getByText('Inga evenemang denna månad.')).toBeInTheDocument();
  });

  it('keeps one day in the tab order and moves it with the arrow keys and Page Down', async () => {
    const user = userEvent.setup();
    render(<Harness start="2026-03" />);
    const focusable = screen.getAllByRole('gridcell').filter((cell) => cell.tabIndex === 0);
    expect(focusable.map((cell) => cell.dataset.date)).toEqual(['2026-03-12']);

    focusable[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-date', '2026-03-19');
    await user.keyboard('{ArrowLeft}{Home}');
    expect(document.activeElement).toHaveAttribute('data-date', '2026-03-16');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('data-date', '2026-03-22');

    await user.keyboard('{PageDown}');
    expect(screen.getByRole('grid', { name: 'april 2026' })).toBeInTheDocument();
    expect(document.activeElement).toHaveAttribute('data-date', '2026-04-22');

    // Past the month's end the grid turns the page.
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('grid', { name: 'maj 2026' })).toBeInTheDocument();
    expect(document.activeElement).toHaveAttribute('data-date', '2026-05-06');
  });
});
