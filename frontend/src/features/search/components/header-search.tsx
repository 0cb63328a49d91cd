import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { TYPING_PAUSE_MS } from '../../../components/debounced-text-field';
import { SearchUnavailableMessage } from '../../../components/query-status';
import { isServiceUnavailable } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useSearch } from '../api/search';
import { searchableQuery, SUGGESTIONS, type HitHref } from '../model';
import { searchPageUrl } from '../paths';
import { useDebouncedValue } from '../use-debounced-value';
import { SearchHitList } from './search-hit-list';

/**
 * The site-wide search field: hits appear under it as links while typing (after a pause, from two
 * characters), Enter opens the search page with all of them. Down arrow moves into the
 * suggestions (or brings them back), Escape closes them; how many there are is announced without
 * moving focus.
 */
export function HeaderSearch({ hrefOf }: { hrefOf: HitHref }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const inputId = useId();
  const statusId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const q = searchableQuery(useDebouncedValue(text, TYPING_PAUSE_MS));
  const results = useSearch(open ? q : undefined, SUGGESTIONS);
  const hits = results.data?.items ?? [];
  const unavailable =
    open && !!q && isServiceUnavailable(results.failureReason) && (!results.data || results.isPlaceholderData);

  // A followed link or Back leaves the suggestions behind (adjusted while rendering, not in an effect).
  const place = location.pathname + location.search;
  const [openedAt, setOpenedAt] = useState(place);
  if (place !== openedAt) {
    setOpenedAt(place);
    setOpen(false);
  }

  let status = '';
  if (open && text.trim().length > 0 && !searchableQuery(text)) status = t('search.minLength');
  else if (unavailable) status = t('search.unavailable');
  else if (open && q && results.isFetching) status = t('search.searching');
  else if (open && q && results.data) {
    if (hits.length === 0) status = t('search.noHits', { q });
    else status = hits.length === 1 ? t('search.oneHit') : t('search.hits', { count: hits.length });
  }
  const showPopup = open && !!q && (!!results.data || unavailable);

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = text.trim();
    if (!query) return;
    setOpen(false);
    void navigate(searchPageUrl(query));
  }

  function links(): HTMLAnchorElement[] {
    return [...(popupRef.current?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])];
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      inputRef.current?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (!open) {
      // The suggestions come back for the text in the field.
      if (event.key === 'ArrowDown') setOpen(true);
      return;
    }
    const all = links();
    if (all.length === 0) return;
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') all[Math.min(index + 1, all.length - 1)]?.focus();
    else if (index <= 0) inputRef.current?.focus();
    else all[index - 1]?.focus();
  }

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the keys come from the field and the suggestion links inside (bubbling); the form itself never takes focus
    <form
      role="search"
      aria-label={t('search.label')}
      className="header-search"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Closes when the focus leaves the field and its suggestions, not when it moves between them.
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.field')}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        placeholder={t('search.field')}
        autoComplete="off"
        value={text}
        aria-describedby={statusId}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
      />
      <button type="submit" className="button">
        {t('search.submit')}
      </button>
      <p id={statusId} role="status" className="visually-hidden">
        {status}
      </p>
      {showPopup && (
        <div ref={popupRef} className="header-search__popup">
          {unavailable ? (
            // The status line above has announced it already.
            <SearchUnavailableMessage announce={false} onRetry={() => void results.refetch()} />
          ) : hits.length > 0 ? (
            <SearchHitList hits={hits} hrefOf={hrefOf} label={t('search.suggestions')} onNavigate={() => setOpen(false)} />
          ) : (
            <p>{status}</p>
          )}
          <p className="header-search__all">
            <Link to={searchPageUrl(q)} onClick={() => setOpen(false)}>
              {t('search.showAll', { q })}
            </Link>
          </p>
        </div>
      )}
    </form>
  );
}
