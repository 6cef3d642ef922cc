import { useId, type ReactNode } from 'react';

export type PanelProps = {
  id: string;
  title: string;
  /** one line under the title: what the panel holds */
  subtitle?: string;
  open: boolean;
  onToggle: (id: string) => void;
  children: ReactNode;
  /** shown in the header even when collapsed (totals, warnings) */
  badge?: ReactNode;
};

/** A collapsible group of inputs; collapsed panels keep their header and badge visible. */
export function Panel({ id, title, subtitle, open, onToggle, children, badge }: PanelProps) {
  const bodyId = useId();
  return (
    <section className={`panel${open ? ' open' : ''}`} id={`panel-${id}`} data-testid={`panel-${id}`} aria-label={title}>
      <h2 className="panel-head">
        <button type="button" className="panel-toggle" aria-expanded={open} aria-controls={bodyId} data-testid={`toggle-${id}`} onClick={() => onToggle(id)}>
          <span className="chev" aria-hidden="true">
            ▸
          </span>
          <span className="panel-title">{title}</span>
          {subtitle && <span className="panel-sub">{subtitle}</span>}
        </button>
        {badge && <span className="panel-badge">{badge}</span>}
      </h2>
      {open && (
        <div className="panel-body" id={bodyId}>
          {children}
        </div>
      )}
    </section>
  );
}
