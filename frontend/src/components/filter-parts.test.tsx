import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DateRangeFields, FilterSelect } from './filter-parts';

describe('FilterSelect', () => {
  it('edges the select in an accent colour only when given one', () => {
    const { rerender } = render(
      <FilterSelect label="Goal" anyLabel="All" value="7" accent="#FCC30B" options={[{ value: '7', label: 'Goal 7' }]} onChange={() => {}} />,
    );
    expect(screen.getByLabelText('Goal')).toHaveClass('filter-select--accent');
    expect(screen.getByLabelText('Goal')).toHaveStyle({ borderLeftColor: '#FCC30B' });
    rerender(<FilterSelect label="Goal" anyLabel="All" value="" options={[{ value: '7', label: 'Goal 7' }]} onChange={() => {}} />);
    expect(screen.getByLabelText('Goal')).not.toHaveClass('filter-select--accent');
  });

  it('offers "any" first, then the options and the groups, and reports the choice', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <FilterSelect
        label="Kind"
        anyLabel="All"
        value="lab"
        options={[
          { value: 'lab', label: 'Lab' },
          { value: 'testbed', label: 'Testbed' },
        ]}
        groups={[{ label: 'Natural sciences', options: [{ value: '101', label: 'Mathematics' }] }]}
        onChange={onChange}
      />,
    );
    const select = screen.getByLabelText('Kind');
    expect(select).toHaveValue('lab');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['All', 'Lab', 'Testbed', 'Mathematics']);
    expect(within(select).getByRole('group', { name: 'Natural sciences' })).toBeInTheDocument();

    await user.selectOptions(select, 'All');
    expect(onChange).toHaveBeenCalledWith('');
  });

  it('shows no value as "any" and can be disabled while its list loads', () => {
    render(<FilterSelect label="County" anyLabel="All" value={undefined} options={[]} disabled onChange={vi.fn()} />);
    expect(screen.getByLabelText('County')).toHaveValue('');
    expect(screen.getByLabelText('County')).toBeDisabled();
  });
});

describe('DateRangeFields', () => {
  const props = { legend: 'Period', hint: 'Overlapping.', fromLabel: 'From', toLabel: 'To' };

  it('reports which end changed and keeps the end from before the start', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DateRangeFields {...props} from="2026-03-01" to={undefined} onChange={onChange} />);

    expect(screen.getByRole('group', { name: 'Period' })).toHaveAccessibleDescription('Overlapping.');
    expect(screen.getByLabelText('To')).toHaveAttribute('min', '2026-03-01');
    await user.type(screen.getByLabelText('To'), '2026-04-01');
    expect(onChange).toHaveBeenLastCalledWith('to', '2026-04-01');
    expect(screen.getByLabelText('To')).not.toHaveAttribute('aria-invalid');
  });

  it('marks the end invalid with the error as its description', () => {
    render(<DateRangeFields {...props} error="The end is before the start." from="2026-03-01" to="2026-02-01" onChange={vi.fn()} />);

    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription('The end is before the start.');
  });
});
