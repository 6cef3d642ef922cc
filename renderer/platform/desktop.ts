import type { DesktopApi } from '../../shared/ipc/contract';
import { createBrowserApi } from './browser-api';

declare global {
  // An interface (not a type) because only interfaces merge into the DOM's Window.
  interface Window {
    /** set by the Electron preload (contextBridge); absent in the browser build and in tests */
    api?: DesktopApi;
  }
}

let browserApi: DesktopApi | null = null;

/**
 * The shell's API: Electron's preload when present, else the browser build's
 * stand-in. Looked up on every call rather than cached so tests can install
 * or remove a fake `window.api`.
 */
export function getDesktopApi(): DesktopApi {
  if (typeof window !== 'undefined' && window.api) return window.api;
  browserApi ??= createBrowserApi();
  return browserApi;
}

/** True inside the Electron shell, where native menus own the shortcuts. */
export function isDesktopShell(): boolean {
  return typeof window !== 'undefined' && window.api !== undefined;
}
