import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { takeUnexpectedRequests } from './api-mock';

// jsdom has no layout, so no scrolling; a change of page asks for it (app/layout/use-route-change).
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = '';
  // A request no API mock answers fails the test that made it, even when the UI swallowed the error.
  const unexpected = takeUnexpectedRequests();
  if (unexpected.length > 0) throw new Error(`Unexpected API requests:\n${unexpected.join('\n')}`);
});
