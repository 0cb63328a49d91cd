import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { VocabularyTagList } from './vocabulary-tag-list';

describe('VocabularyTagList', () => {
  it('names each entry in the reader’s language, marks another language, and falls back to the code', () => {
    render(
      <I18nProvider>
        <VocabularyTagList
          label="Knowledge areas"
          entries={[
            { code: '102', name: { sv: 'Data- och informationsvetenskap', en: 'Computer and Information Sciences' } },
            { code: 'ai', name: { en: 'Artificial intelligence' } },
            { code: '999', name: {} },
          ]}
        />
      </I18nProvider>,
    );
    const items = screen.getAllByRole('listitem');
    expect(screen.getByRole('list', { name: 'Knowledge areas' })).toBeInTheDocument();
    expect(items.map((item) => item.textContent)).toEqual(['Data- och informationsvetenskap', 'Artificial intelligence', '999']);
    expect(items[0]).not.toHaveAttribute('lang');
    expect(items[1]).toHaveAttribute('lang', 'en');
  });

  it('renders nothing for no entries', () => {
    const { container } = render(
      <I18nProvider>
        <VocabularyTagList entries={[]} />
      </I18nProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
