import { describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import { EngineUnavailableError, workerBackend } from '../../../renderer/engine/client';
import { answerRequest } from '../../../renderer/engine/answer';
import { checkExpression, computeOutcome, evaluate } from '../../../renderer/engine/compute';
import type { EngineRequest, EngineResponse } from '../../../renderer/engine/protocol';
import { readImportFile } from '../../../renderer/engine/file-commands';
import { seriesKey } from '../../../renderer/engine/series-key';
import { exportScenarios } from '../../../shared/io/scenario-file';
import { encodeUtf8 } from '../../../shared/io/text';
import { presetById } from '../../../seeds/index';
import { makeCity } from '../features/results/fixture';

const withGrowth = (pct: number) =>
  makeCity((s) => {
    s.economy.gdpGrowthPct = pct;
  });

describe('evaluate (the worker)', () => {
  it('checks and runs a scenario: valid, the engine results and the time taken', () => {
    const s = makeCity();
    const e = evaluate(s);
    expect(e.valid).toBe(true);
    expect(e.outcome.ok).toBe(true);
    if (!e.outcome.ok) return;
    expect(e.outcome.results).toEqual(runScenario(s));
    expect(e.outcome.computeMs).toBeGreaterThanOrEqual(0);
  });

  it("returns the check's issues for a scenario it refuses", () => {
    const e = evaluate(makeCity((s) => (s.energy.sectors.industry.fuelSharesPct.coal = 80)));
    expect(e.valid).toBe(false);
    expect(e.outcome.ok).toBe(false);
    if (e.outcome.ok) return;
    expect(e.outcome.issues.map((i) => i.path)).toContain('energy.sectors.industry.fuelSharesPct');
  });

  it('turns a malformed draft into an issue instead of throwing', () => {
    const broken = makeCity();
    (broken as { energy: unknown }).energy = undefined;
    const o = computeOutcome(broken);
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.issues).toHaveLength(1);
    expect(o.issues[0]!.code).toMatch(/\S/);
  });

  it("sends the values of the scenario's expressions along, under their content key", () => {
    const s = presetById('qingyuan-policy')!;
    const e = evaluate(s);
    const growth = s.economy.gdpGrowthPct;
    expect(typeof growth === 'object' && !Array.isArray(growth)).toBe(true);
    if (typeof growth !== 'object' || Array.isArray(growth)) return;
    const values = new Map(e.series).get(seriesKey(growth, s.baseYear, s.endYear));
    expect(values).toBeInstanceOf(Float64Array);
    expect(values).toHaveLength(s.endYear - s.baseYear + 1);
  });

  it('checks an expression as the user types: the compiler’s message and position', () => {
    expect(checkExpression('interp(2020, 6, 2030, 4)')).toEqual({ ok: true });
    const bad = checkExpression('6 - * year');
    expect(bad).toMatchObject({ ok: false, position: 5 });
  });
});

class FakeWorker {
  posted: EngineRequest[] = [];
  transferred: Transferable[][] = [];
  terminated = false;
  private listeners: Record<string, ((e: Event) => void)[]> = {};
  constructor(private readonly mode: 'ok' | 'silent' = 'ok') {}
  addEventListener(type: string, fn: (e: Event) => void) {
    (this.listeners[type] ??= []).push(fn);
  }
  postMessage(req: EngineRequest, transfer: Transferable[] = []) {
    this.transferred.push(transfer);
    // as postMessage does: the transferred buffers move to the copy, the sender's are left empty
    req = structuredClone(req, { transfer });
    this.posted.push(structuredClone(req));
    if (this.mode === 'ok') {
      void answerRequest(structuredClone(req)).then((res: EngineResponse) =>
        setTimeout(() => this.emit('message', Object.assign(new Event('message'), { data: res })), 0),
      );
    }
  }
  emit(type: string, e: Event) {
    for (const fn of this.listeners[type] ?? []) fn(e);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('workerBackend', () => {
  it('speaks the { id, command, args } → { id, answer } protocol', async () => {
    const worker = new FakeWorker();
    const backend = workerBackend(() => worker as unknown as Worker);
    const s = makeCity();
    const [e1, e2] = await Promise.all([backend.call('evaluate', { scenario: s }), backend.call('evaluate', { scenario: withGrowth(2) })]);
    expect(worker.posted.map((r) => r.id)).toEqual([1, 2]);
    expect(worker.posted[0]).toEqual({ id: 1, command: 'evaluate', args: { scenario: s } });
    expect(e1.outcome).toMatchObject({ ok: true, results: runScenario(s) });
    expect(e2.outcome.ok && e2.outcome.results.years[1]!.gdp).toBeCloseTo(1800 * 1.02, 6);
  });

  it('hands the buffers it is given to the worker instead of copying them', async () => {
    const worker = new FakeWorker();
    const backend = workerBackend(() => worker as unknown as Worker);
    const bytes = encodeUtf8(exportScenarios({ scenarios: [makeCity()], exportedAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0' }));
    const read = await backend.call('readImport', { input: bytes }, [bytes.buffer]);
    expect(read.ok).toBe(true);
    expect(worker.transferred[0]).toEqual([bytes.buffer]);
    // the page no longer holds the file's bytes
    expect(bytes.byteLength).toBe(0);
  });

  it('rejects with the message of a command that failed in the worker', async () => {
    const backend = workerBackend(() => new FakeWorker() as unknown as Worker);
    await expect(backend.call('checkImport', { token: 999, parents: [] })).rejects.toThrow(/choose it again/);
  });

  it('creates the worker only when first needed', () => {
    const create = vi.fn(() => new FakeWorker() as unknown as Worker);
    workerBackend(create);
    expect(create).not.toHaveBeenCalled();
  });

  it('fails what it held when the worker dies, and starts a new one for the next command', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = new FakeWorker('silent');
    const second = new FakeWorker();
    const create = vi.fn().mockReturnValueOnce(first).mockReturnValueOnce(second);
    const backend = workerBackend(create as () => Worker);
    const held = backend.call('evaluate', { scenario: makeCity() });
    first.emit('error', Object.assign(new Event('error'), { message: 'out of memory' }));
    expect(first.terminated).toBe(true);
    await expect(held).rejects.toThrow(EngineUnavailableError);
    expect((await backend.call('evaluate', { scenario: makeCity() })).valid).toBe(true);
    expect(create).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('worker stopped'), 'out of memory');
    warn.mockRestore();
  });

  it('rejects (never hangs) when the Worker cannot be created', async () => {
    const backend = workerBackend(() => {
      throw new Error('module workers unsupported');
    });
    await expect(backend.call('evaluate', { scenario: makeCity() })).rejects.toThrow(/could not start: module workers unsupported/);
  });
});

describe('readImportFile', () => {
  const fileBytes = () => encodeUtf8(exportScenarios({ scenarios: [makeCity()], exportedAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0' }));

  it('hands bytes that fill their own buffer to the engine (a library file is tens of megabytes)', async () => {
    const bytes = fileBytes();
    expect((await readImportFile(bytes)).ok).toBe(true);
    expect(bytes.byteLength).toBe(0);
  });

  it('copies a view into a larger buffer, which the caller may still be using, and text', async () => {
    const inner = fileBytes();
    const buffer = new Uint8Array(inner.length + 8);
    buffer.set(inner, 4);
    const view = buffer.subarray(4, 4 + inner.length);
    expect((await readImportFile(view)).ok).toBe(true);
    expect(buffer.byteLength).toBe(inner.length + 8);
    expect((await readImportFile(new TextDecoder().decode(inner))).ok).toBe(true);
  });
});
