import type { Evaluation } from '../../rules/index.js';
import { QrCode } from './QrCode.js';
import { useT } from './use-t.js';
import type { Who } from './kiosk-state.js';

export const STAMP_URL = 'https://timbres.impots.gouv.fr';
export const PRE_APPLICATION_URL = 'https://ants.gouv.fr';

/** What each person must bring, the fee and how to pay it, who comes and signs for a child. */
export function ResultScreen(props: { people: { who: Who; evaluation: Evaluation }[]; printing: boolean; onPrint: () => void; onAddPerson: () => void; onFinish: () => void }) {
  const t = useT();
  const anyFee = props.people.some((p) => p.evaluation.totalFee > 0);
  const anyForm = props.people.some((p) => p.evaluation.pieces.some((piece) => piece.id === 'application-form'));
  return (
    <>
      {props.people.map(({ who, evaluation }, index) => (
        <section key={index} className="result-person" aria-labelledby={`person-${index}`}>
          <h2 id={`person-${index}`}>
            {t('result.person', { who, number: index + 1 })} — {evaluation.requests.map((r) => t(`result.title.${r.title}`)).join(' + ')}
          </h2>
          <h3>{t('result.bring')}</h3>
          <ul className="bring">
            {evaluation.pieces.filter((p) => p.where === 'bring').map((p) => (
              <li key={p.id} data-piece={p.id}>
                {t(`piece.${p.id}`)}
                {p.copies === 'original-and-photocopy' && ` (${t('result.copies')})`}
                {p.condition && <span className="condition">{t(`condition.${p.id as 'birth-certificate' | 'nationality-proof'}`)}</span>}
              </li>
            ))}
          </ul>
          <p className="fee">{evaluation.totalFee > 0 ? t('result.fee', { amount: evaluation.totalFee }) : t('result.free')}</p>
          {evaluation.minor && (
            <ul className="minor">
              <li>{t('result.minor.deposit')}</li>
              <li>{t(`result.minor.signer.${evaluation.minor.signer}`)}</li>
              <li>{t(evaluation.minor.presentAtRetrieval.includes('child') ? 'result.minor.retrieval.both' : 'result.minor.retrieval.parent')}</li>
            </ul>
          )}
        </section>
      ))}
      <div className="links">
        {anyFee && (
          <figure>
            <QrCode url={STAMP_URL} label={t('result.stamp.qr')} />
            <figcaption>{t('result.stamp')}</figcaption>
          </figure>
        )}
        {anyForm && (
          <figure>
            <QrCode url={PRE_APPLICATION_URL} label={t('result.preApplication.qr')} />
            <figcaption>{t('result.preApplication')}</figcaption>
          </figure>
        )}
      </div>
      <p>{t('result.retrieval')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={props.printing} onClick={props.onPrint}>{props.printing ? t('result.printing') : t('result.print')}</button>
        <button type="button" onClick={props.onAddPerson}>{t('result.addPerson')}</button>
        <button type="button" onClick={props.onFinish}>{t('result.finish')}</button>
      </div>
    </>
  );
}
