// What a read 2D-Doc proved, on screen only: the signature verdict and why,
// the document's type, issuer, emission date and age, and the name and
// address lines for the agent to compare by eye (never stored, never printed).
import { frenchDate } from '../../rules/index.js';
import type { TwoDDocReading } from '../../electron/common/two-d-doc/reading.js';
import { useStationText } from '../station-text.js';

export function TwoDDocReadingView({ reading }: { reading: Extract<TwoDDocReading, { readable: true }> }) {
  const t = useStationText();
  return (
    <div className="two-d-doc-reading" data-signature={reading.signature.verdict} data-age={reading.age.verdict} role="status">
      <p className={`verdict verdict-${reading.signature.verdict}`}>
        <strong>{t('twoDDoc.signature')}&nbsp;: </strong>
        <span data-verdict>{reading.signature.text}</span>
        <br />
        <span className="why">{reading.signature.why}</span>
      </p>
      <dl>
        <dt>{t('twoDDoc.type')}</dt>
        <dd>{reading.documentType}</dd>
        <dt>{t('twoDDoc.issuer')}</dt>
        <dd>
          {reading.issuer
            ? t('twoDDoc.issuer.known', { subject: reading.issuer, certificate: reading.certificate, authority: reading.authority })
            : t('twoDDoc.issuer.unknown', { certificate: reading.certificate, authority: reading.authority })}
        </dd>
        <dt>{t('twoDDoc.emitted')}</dt>
        <dd>{reading.emittedOn ? frenchDate(reading.emittedOn) : t('twoDDoc.emitted.none')}</dd>
        <dt>{t('twoDDoc.age')}</dt>
        <dd className={`verdict-${reading.age.verdict}`} data-age-text>
          {reading.age.text}
        </dd>
      </dl>
      {reading.lines.length > 0 && (
        <>
          <h3>{t('twoDDoc.lines')}</h3>
          <ul className="two-d-doc-lines">
            {reading.lines.map((line, index) => (
              <li key={index}>
                <span className="label">{line.label}&nbsp;: </span>
                {line.truncated ? t('twoDDoc.truncated', { value: line.value }) : line.value}
              </li>
            ))}
          </ul>
        </>
      )}
      {!reading.tickable && <p className="hint">{t('twoDDoc.notTickable')}</p>}
    </div>
  );
}
