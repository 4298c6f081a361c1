import { useEffect } from 'preact/hooks';

/**
 * While a form holds unsaved changes, leaving it asks first: a link inside
 * the app (caught before the router sees the click), closing the tab or
 * reloading (the browser's own question).
 *
 * @example useUnsavedGuard(JSON.stringify(body) !== saved, t('admin.unsaved'))
 */
export function useUnsavedGuard(dirty: boolean, question: string): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const link = event.composedPath().find((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement && el.href !== '');
      if (!link || link.origin !== location.origin || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      if (link.pathname === location.pathname && link.search === location.search) return;
      if (window.confirm(question)) return;
      event.preventDefault();
      // The router listens on window: stop the click before it gets there.
      event.stopImmediatePropagation();
    };
    addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, question]);
}
