import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { RepoProvider } from '../../../renderer/db/RepoContext';
import { useScenarioRecords } from '../../../renderer/db/useScenarioRecords';
import { freshRepo } from './fixtures';

afterEach(cleanup);

describe('useScenarioRecords', () => {
  it('lists the stored records and follows a write', async () => {
    const { repo } = await freshRepo();
    const wrapper = ({ children }: { children: ReactNode }) => <RepoProvider repo={repo}>{children}</RepoProvider>;
    const { result } = renderHook(() => useScenarioRecords(), { wrapper });
    // the two fixture presets, nothing else
    await waitFor(() => expect(result.current?.map((r) => r.id)).toEqual(['preset-a', 'preset-b']));

    const copy = await repo.createFromPreset('preset-a', '我的情景');
    // the presets plus the copy: 2 + 1 = 3
    await waitFor(() => expect(result.current).toHaveLength(3));
    expect(result.current!.map((r) => r.id)).toContain(copy.id);
  });
});
