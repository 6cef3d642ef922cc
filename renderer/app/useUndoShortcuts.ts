import { useEffect, useRef } from 'react';
import type { ScenarioDocument } from '../state/useScenarioDocument';

const NON_TEXT_INPUTS = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image']);

/** Focus is somewhere the browser's own text undo applies (typing in a field). */
export function isTextEditing(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

export type UndoKey = 'undo' | 'redo' | null;

/** Ctrl+Z / Cmd+Z undo; Ctrl+Y, Ctrl+Shift+Z and Cmd+Shift+Z redo. */
export function undoKeyOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): UndoKey {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/**
 * Undo/redo shortcuts for the open document in the browser build. In the
 * desktop shell the native Edit menu owns these accelerators and sends
 * menu commands instead, so the shortcuts would fire twice.
 */
export function useUndoShortcuts(doc: ScenarioDocument | null, enabled: boolean): void {
  const docRef = useRef(doc);
  useEffect(() => {
    docRef.current = doc;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const which = undoKeyOf(e);
      const d = docRef.current;
      if (!which || !d || e.defaultPrevented || isTextEditing(document.activeElement)) return;
      e.preventDefault();
      if (which === 'undo') d.undo();
      else d.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
