import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useScenario, type EditorInherit } from './EditorContext';
import { removedFromParent, type KeyedCollection, type ListItem } from '../../../shared/model/ops-inherit';
import { displayName } from './InheritMark';

const sameIds = (a: ListItem[], b: ListItem[]) => a.length === b.length && a.every((x, i) => x.id === b[i]!.id);

/**
 * Under an id-keyed list of a derived scenario: the parent's items this
 * scenario removed, each with a button that brings it back (inherited again).
 * Nothing for a scenario without a parent, or one that removed nothing.
 */
export function RemovedFromParent({ collection }: { collection: KeyedCollection }) {
  const { inherit } = useEditor();
  return inherit ? <RemovedList inherit={inherit} collection={collection} /> : null;
}

function RemovedList({ inherit, collection }: { inherit: EditorInherit; collection: KeyedCollection }) {
  const { t, i18n } = useTranslation('editor');
  const { readOnly } = useEditor();
  const [error, setError] = useState<string | null>(null);
  const removed = useScenario((s) => removedFromParent(inherit.parent, s, collection), sameIds);
  if (!removed.length) return null;
  const parent = displayName(inherit.parent, i18n.language);
  return (
    <div className="inherit-removed" data-testid={`removed-${collection}`}>
      <span className="muted small">{t('inherit.removedHead', { parent, count: removed.length })}</span>
      {removed.map((item) => (
        <span key={item.id} className="removed-chip">
          <span>{item.name ?? item.label ?? item.id}</span>
          <button
            type="button"
            className="inherit-reset"
            disabled={readOnly}
            title={t('inherit.restoreTitle', { parent })}
            data-testid={`btn-restore-${collection}[id=${item.id}]`}
            onClick={() => void inherit.restore(collection, item.id).then((m) => setError(m[0] ?? null))}
          >
            {t('inherit.restore')}
          </button>
        </span>
      ))}
      {error && (
        <p className="field-msg" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
