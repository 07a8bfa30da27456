import type { RefObject } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Visit } from '../../electron/common/contract.js';
import { useStationText } from '../station-text.js';
import { ApplicantTabs } from './ApplicantTabs.js';

type Tabs = Parameters<typeof ApplicantTabs>[0]['tabs'];

/** The visit's reference, its applicant tabs and its two ways out: the receipt and « Terminer ». */
export function VisitHeader(props: {
  visit: Visit;
  heading: RefObject<HTMLHeadingElement | null>;
  tabs: Tabs;
  selected: number | null;
  onSelect: (id: number) => void;
  onAdd: () => void;
  onReceipt: () => void;
  onLeave: () => void;
}) {
  const t = useStationText();
  return (
    <div className="visit-header">
      <h1 ref={props.heading} tabIndex={-1}>
        <FormattedMessage
          id="visit.title"
          values={{
            reference: (
              <span className="reference" data-reference={props.visit.reference}>
                {props.visit.reference}
              </span>
            ),
          }}
        />
      </h1>
      <ApplicantTabs tabs={props.tabs} selected={props.selected} onSelect={props.onSelect} onAdd={props.onAdd} />
      <div className="actions">
        <button
          type="button"
          className="primary"
          data-next="receipt"
          disabled={props.visit.applicants.length === 0}
          onClick={props.onReceipt}
        >
          {t('visit.receipt')}
        </button>
        <button type="button" onClick={props.onLeave}>
          {t('visit.finish')}
        </button>
      </div>
    </div>
  );
}
