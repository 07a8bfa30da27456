import type { FactKey } from '../../rules/index.js';
import { questionLabel } from '../questions/station-questions.js';
import { useStationText } from '../station-text.js';

/** The questions an output still waits on, by their labels. */
export function Waiting({ keys }: { keys: FactKey[] }) {
  const t = useStationText();
  return <p className="waiting">{t('summary.fee.waiting', { questions: keys.map((key) => t(questionLabel(key))).join(' ; ') })}</p>;
}

/** A block not settled yet: "à déterminer" and the questions it waits on (`kind` names the block for its tests). */
export function Pending({ kind, title, keys }: { kind: 'fee' | 'minor'; title: string; keys: FactKey[] }) {
  return (
    <div className={`${kind} pending`} {...{ [`data-${kind}`]: 'pending' }}>
      <p>
        <strong>{title}</strong>
      </p>
      <Waiting keys={keys} />
    </div>
  );
}
