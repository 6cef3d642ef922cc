import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../../shared/model/scenario';
import { setLanguage } from '../../../../renderer/i18n';
import type { EditorSlots } from '../../../../renderer/features/editor/slots';
import type { ScenarioView } from '../../../../renderer/navigation/route';
import { editorScenario, Harness } from '../editor/fixture';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

const slots: EditorSlots = {
  results: () => <div data-testid="stub-results" />,
  rollup: ({ scenario }) => <div data-testid="stub-rollup">{scenario.id}</div>,
};

const renderAt = (scenario: Scenario, view?: ScenarioView) => render(<Harness initial={scenario} calls={[]} slots={slots} view={view} />);
const withLevel = (level: Scenario['region']['level']): Scenario => {
  const s = editorScenario();
  return { ...s, region: { ...s.region, level } };
};

describe('the 县区汇总 tab of the scenario page', () => {
  it('links to ?view=rollup and shows the roll-up there, the inputs hidden and the results not mounted', () => {
    renderAt(withLevel('city'), 'rollup');
    const tab = screen.getByTestId('tab-rollup');
    expect(tab).toHaveTextContent('县区汇总');
    expect(tab).toHaveAttribute('href', '#/scenario/test-editor?view=rollup');
    expect(tab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('stub-rollup')).toHaveTextContent('test-editor');
    expect(screen.queryByTestId('stub-results')).toBeNull();
    expect(screen.getByTestId('editor-page')).not.toBeVisible();
  });

  it('is not offered on a county, unless it has counties attached', () => {
    renderAt(withLevel('county'));
    expect(screen.queryByTestId('tab-rollup')).toBeNull();
    cleanup();
    renderAt({ ...withLevel('county'), rollup: { members: [{ scenarioId: 'x' }] } });
    expect(screen.getByTestId('tab-rollup')).toBeInTheDocument();
  });
});
