import { formatEuros, type Evaluation, type Title } from '../../rules/index.js';
import { useStationText } from '../station-text.js';
import { Pending, Waiting } from './Pending.js';

/**
 * Each title's stamp, and the total for two, shown the moment the facts it
 * reads are answered (`evaluation.open`), and only then: otherwise "à
 * déterminer" and what it waits on, never the questions it does not read.
 */
export function Fees({ evaluation }: { evaluation: Evaluation }) {
  const t = useStationText();
  const titles = Object.keys(evaluation.open.fees) as Title[];
  if (titles.length === 0) return <Pending kind="fee" title={t('summary.fee.pending')} keys={evaluation.open.totalFee} />;
  const settled = evaluation.open.totalFee.length === 0;
  return (
    <ul className="fee" data-fee={settled ? 'known' : 'pending'}>
      {titles.map((title) => {
        const fee = evaluation.fees.find((f) => f.title === title);
        const waits = evaluation.open.fees[title] ?? [];
        if (!fee || waits.length > 0)
          return (
            <li key={title} className="pending" data-fee-title={title} data-fee="pending">
              <strong>{t('summary.stamp.pending', { title })}</strong>
              <Waiting keys={waits} />
            </li>
          );
        return (
          <li key={title} data-fee-title={title} data-fee="known">
            {fee.amount > 0 ? t('summary.stamp', { title, amount: formatEuros(fee.amount) }) : t('summary.stamp.free', { title })}
          </li>
        );
      })}
      {titles.length > 1 && (
        <li data-fee="total">{settled ? t('summary.total', { amount: formatEuros(evaluation.totalFee) }) : t('summary.total.pending')}</li>
      )}
    </ul>
  );
}
