import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { takeUnhandledRequests } from './api-mock';

// jsdom has no layout, so no scrolling; a change of page asks for it (app/layout/use-route-change).
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = '';
  // A request no API mock answers fails the test that made it, even when the UI swallowed the error.
  const unhandled = takeUnhandledRequests();
  if (unhandled.length > 0) throw new Error(`Requests without an API mock:\n${unhandled.join('\n')}`);
});
