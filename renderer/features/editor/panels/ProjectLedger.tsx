import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENERATOR_TYPES, PROJECT_STATUSES, type GeneratorType, type ProjectStatus, type Scenario } from '../../../../shared/model/scenario';
import { useEditor, useScenario } from '../EditorContext';
import { includedCapacityByType } from '../../../../shared/engine/derived';
import { addProject, newProject, removeProject } from '../../../../shared/model/ops';
import { TYPICAL_HOURS } from '../../../../seeds/reference/typical';
import { matches, type LedgerFilter } from '../ledger';
import { useCapacityText } from '../../../components/fields/capacity';
import { GeneratorHead, GeneratorRow } from './GeneratorRow';
import { useEditorSlots } from '../slots';
import { RemovedFromParent } from '../RemovedFromParent';

/** 项目台账: named projects (and the build-out levers' rows) with filters, totals and add/remove. */
export function ProjectLedger() {
  const { t } = useTranslation('editor');
  const projects = useScenario((s) => s.electricity.projects);
  const { change, readOnly } = useEditor();
  const { ledgerImport: LedgerImport } = useEditorSlots();
  const capacity = useCapacityText();
  const [filter, setFilter] = useState<LedgerFilter>({ type: 'all', status: 'all' });
  const [error, setError] = useState<string | null>(null);
  const totals = includedCapacityByType(projects);
  const shown = projects.map((g, index) => ({ g, index })).filter(({ g }) => matches(g, filter));

  const add = () => {
    const type = filter.type === 'all' ? 'pv' : filter.type;
    const n = projects.length + 1;
    let added: string | null = null;
    const apply = (s: Scenario) => {
      const project = newProject(s, type, t('ledger.newName', { n }), TYPICAL_HOURS);
      added = project.id;
      return addProject(s, project);
    };
    void change(apply, 'electricity.projects', 'btn-add-project').then((refused) => {
      setError(refused[0] ?? null);
      if (refused.length) return;
      if (filter.status !== 'all' && filter.status !== 'planned') setFilter((f) => ({ ...f, status: 'all' }));
      setFocusId(added);
    });
  };
  // The new row, once rendered: in view, its name ready to type.
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (focusId === null) return;
    const row = tableRef.current?.querySelector<HTMLElement>(`[data-testid="project-row-${CSS.escape(focusId)}"]`);
    if (!row) return;
    setFocusId(null);
    row.scrollIntoView?.({ block: 'center' });
    const field = row.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea, select');
    field?.focus({ preventScroll: true });
    if (field && 'select' in field) field.select();
  }, [focusId, projects]);
  const tableRef = useRef<HTMLTableElement>(null);
  const remove = useCallback((id: string) => {
    void change((s) => removeProject(s, id), 'electricity.projects', `remove-${id}`).then((refused) => setError(refused[0] ?? null));
  }, [change]);

  return (
    <div className="ledger">
      <div className="toolbar">
        <label className="inline-label">
          {t('ledger.filterType')}
          <select value={filter.type} data-testid="filter-type" onChange={(e) => setFilter({ ...filter, type: e.target.value as GeneratorType | 'all' })}>
            <option value="all">{t('ledger.all')}</option>
            {GENERATOR_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`genTypes.${ty}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-label">
          {t('ledger.filterStatus')}
          <select value={filter.status} data-testid="filter-status" onChange={(e) => setFilter({ ...filter, status: e.target.value as ProjectStatus | 'all' })}>
            <option value="all">{t('ledger.all')}</option>
            {PROJECT_STATUSES.map((st) => (
              <option key={st} value={st}>
                {t(`statuses.${st}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">{t('ledger.count', { shown: shown.length, total: projects.length })}</span>
        <button type="button" className="btn primary toolbar-end" disabled={readOnly} data-testid="btn-add-project" onClick={add}>
          + {t('ledger.add')}
        </button>
        {LedgerImport && <LedgerImport disabled={readOnly} />}
      </div>
      <div className="totals" data-testid="ledger-totals">
        <span className="muted">{t('ledger.totals')}</span>
        {GENERATOR_TYPES.filter((ty) => totals[ty] > 0).map((ty) => (
          <span key={ty} className="total-chip" data-testid={`total-${ty}`}>
            {t(`genTypes.${ty}`)} <strong className="num">{capacity.format(totals[ty])}</strong> {capacity.label}
          </span>
        ))}
        {GENERATOR_TYPES.every((ty) => totals[ty] === 0) && <span className="muted">—</span>}
      </div>
      {error && (
        <p className="field-msg" role="alert" data-testid="error-electricity.projects">
          {error}
        </p>
      )}
      <div className="table-scroll">
        <table className="grid ledger-table" ref={tableRef}>
          <GeneratorHead removable />
          <tbody>
            {shown.map(({ g, index }) => (
              <GeneratorRow key={g.id} listPath="electricity.projects" index={index} g={g} onRemove={remove} />
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={10} className="empty muted">
                  {projects.length ? t('ledger.noneMatch') : t('ledger.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <RemovedFromParent collection="electricity.projects" />
    </div>
  );
}
