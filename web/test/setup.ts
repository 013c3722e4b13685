import { cleanup, configure } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n } from '../lib/i18n.ts';
import { setCsrfToken } from '../lib/api-client.ts';

// findBy…/waitFor wait up to 5 s (not the default 1 s): a loaded CI machine renders lazy pages slowly
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks what Mantine measures and listens to
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in window)) Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
Object.defineProperty(window, 'scrollTo', { writable: true, value: () => undefined });
// Mantine's autosizing textarea listens for web fonts loading
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined } });
}

beforeEach(async () => {
  window.localStorage.clear();
  setCsrfToken(null);
  await i18n.changeLanguage('ru');
});

afterEach(() => {
  cleanup();
  // the notifications store is module state: files share one module graph (isolate: false), so no toast outlives its test
  notifications.clean();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
