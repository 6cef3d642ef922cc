import { describe, expect, it } from 'vitest';
import { inProcessBackend } from '../../../renderer/engine/in-process';
import { presetById } from '../../../seeds/index';
import { runScenario } from '../../../shared/engine/run';

describe('goalSeek (the worker command)', () => {
  it('answers through the message boundary: the lever value, and the scenario it computed (cloned whole)', async () => {
    const engine = inProcessBackend();
    const s = presetById('shaoguan-policy')!;
    // 韶钢's crude steel carries most of industry's coal: the 2030 non-fossil share is met by more electric-arc steel
    const lever = { routeShare: { productId: 'sg-crude-steel', routeId: 'eaf' } };
    const r = await engine.call('goalSeek', { scenario: s, request: { goal: { targetId: 'sg-nonfossil-2030-province' }, lever } });
    expect(r.status).toBe('met');
    if (r.status !== 'met') return;
    expect(r.leverValue).toBeGreaterThan(r.from);
    expect(runScenario(r.scenario!).targets.find((t) => t.id === 'sg-nonfossil-2030-province')!.met).toBe(true);
  });

  it('a draft the schema refuses is not computable, with its issues', async () => {
    const engine = inProcessBackend();
    const r = await engine.call('goalSeek', { scenario: { id: 'x' }, request: { goal: { targetId: 't' }, lever: { lever: 'gdpGrowth' } } });
    expect(r.status).toBe('failed');
    if (r.status !== 'failed') return;
    expect(r.reason).toBe('notComputable');
    expect(r.issues.length).toBeGreaterThan(0);
  });
});
