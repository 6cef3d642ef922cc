import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import type { EditorSlots } from '../../../../renderer/features/editor/slots';
import type { ScenarioView } from '../../../../renderer/navigation/route';
import { editorScenario, Harness } from './fixture';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

// Stand-ins for the app's slots: each says which scenario it was given.
const slots: EditorSlots = {
  results: ({ scenario }) => <div data-testid="stub-results">{scenario.id}</div>,
  summary: ({ scenario }) => <div data-testid="stub-summary">{scenario.id}</div>,
  actions: () => <button type="button" data-testid="stub-action">action</button>,
};

const renderAt = (view?: ScenarioView) => render(<Harness initial={editorScenario()} calls={[]} slots={slots} view={view} />);

describe('the scenario page’s tabs', () => {
  it('shows the inputs with the headline results beside them by default; the full results are not mounted', () => {
    renderAt();
    expect(screen.getByTestId('tab-edit')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('tab-results')).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByTestId('editor-page')).toBeVisible();
    expect(screen.getByTestId('stub-summary')).toHaveTextContent('test-editor');
    expect(screen.queryByTestId('stub-results')).toBeNull();
    // the commands of the app sit in the page head, by the report link
    expect(within(screen.getByRole('banner')).getByTestId('stub-action')).toBeInTheDocument();
    expect(screen.getByTestId('btn-report')).toHaveAttribute('href', '#/report/test-editor');
  });

  it('shows the full results in the results tab; the inputs stay mounted but hidden, the summary goes', () => {
    renderAt('results');
    expect(screen.getByTestId('tab-results')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('stub-results')).toHaveTextContent('test-editor');
    expect(screen.queryByTestId('stub-summary')).toBeNull();
    expect(screen.getByTestId('editor-page')).not.toBeVisible();
    expect(screen.getByTestId('field-economy.baseGdpYiYuan')).toBeInTheDocument();
  });

  it('links each tab to its own address', () => {
    renderAt();
    expect(screen.getByTestId('tab-edit')).toHaveAttribute('href', '#/scenario/test-editor');
    expect(screen.getByTestId('tab-results')).toHaveAttribute('href', '#/scenario/test-editor?view=results');
    expect(screen.getByTestId('tab-edit')).toHaveTextContent('编辑');
    expect(screen.getByTestId('tab-results')).toHaveTextContent('结果');
  });

  it('is one stop in the Tab order; the arrow keys go to the next tab and back round', () => {
    window.location.hash = '#/scenario/test-editor';
    renderAt();
    expect(screen.getByTestId('tab-edit')).toHaveAttribute('tabindex', '0');
    expect(screen.getByTestId('tab-results')).toHaveAttribute('tabindex', '-1');
    fireEvent.keyDown(screen.getByTestId('tab-edit'), { key: 'ArrowRight' });
    expect(window.location.hash).toBe('#/scenario/test-editor?view=results');
    // left of the first tab is the last one (the test scenario names no level: its roll-up tab is offered)
    fireEvent.keyDown(screen.getByTestId('tab-edit'), { key: 'ArrowLeft' });
    expect(window.location.hash).toBe('#/scenario/test-editor?view=rollup');
  });
});
