import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { getDesktopApi } from './desktop';

/** Subscribes once to the native menu; the latest handler always answers. */
export function useMenuCommands(handler: (command: MenuCommand) => void): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => getDesktopApi().onMenuCommand((command) => ref.current(command)), []);
}
