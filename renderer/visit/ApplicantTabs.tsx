import { useRef, type KeyboardEvent } from 'react';
import type { CheckState } from '../../electron/common/visit-state.js';
import { useStationText } from '../station-text.js';

export interface ApplicantTab {
  id: number;
  label: string;
  state: CheckState;
}

export const tabId = (id: number) => `applicant-tab-${id}`;
export const panelId = (id: number) => `applicant-panel-${id}`;

/** One tab per applicant (WAI-ARIA tabs: arrows move between them, Home and End to the ends), each with its check state. */
export function ApplicantTabs(props: { tabs: ApplicantTab[]; selected: number | null; onSelect: (id: number) => void; onAdd: () => void }) {
  const t = useStationText();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = props.tabs.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = props.tabs[(next + props.tabs.length) % props.tabs.length]!;
    props.onSelect(target.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(target.id)}`)?.focus();
  };
  return (
    <div className="applicant-tabs">
      <div role="tablist" aria-label={t('visit.applicants')} ref={list}>
        {props.tabs.map((tab, index) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-controls={panelId(tab.id)}
            aria-selected={tab.id === props.selected}
            tabIndex={tab.id === props.selected ? 0 : -1}
            onClick={() => props.onSelect(tab.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            <span>{tab.label}</span>
            <StateBadge state={tab.state} />
          </button>
        ))}
      </div>
      <button type="button" onClick={props.onAdd}>
        {t('visit.add')}
      </button>
    </div>
  );
}

const SHAPE: Record<CheckState, string> = { complete: '✓', missing: '✗', 'to-check': '?', unfinished: '…' };

/** A state read at a glance: a shape and a word, not only a colour. */
export function StateBadge({ state }: { state: CheckState }) {
  const t = useStationText();
  return (
    <span className={`badge state-${state}`}>
      <span aria-hidden="true">{SHAPE[state]} </span>
      {t(`state.${state}`)}
    </span>
  );
}
