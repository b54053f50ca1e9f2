import { useTranslation } from 'react-i18next';
import type { Sector } from '../../machines/ids';
import { SECTOR_ROLES } from '../../machines/sector';
import { AFTER_MELDING_SOURCES, resolveOutcome, WAITING_CONTENT, type OutcomeDisplay } from '../../content/outcomes';
import { Button } from '../ui/Button';
import { formatDay } from '../ui/formatDay';
import { Heading2, PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { OrderedList, UnorderedList } from '../ui/List';
import { Paragraph } from '../ui/Paragraph';
import { safeHttpsHref, safeMailtoHref, safeTelHref } from '../ui/safeHref';
import { usePageHeading } from '../ui/usePageHeading';
import type { PartnerInfo } from './partners';
import { SourceList } from './SourceCite';
import type { GuideSlots, OutcomeContext } from './types';

export interface OutcomePageProps {
  context: OutcomeContext;
  /** The chosen partner as the sociale kaart knows it (referral routes). */
  partner?: PartnerInfo;
  slots?: GuideSlots;
  /** Waiting state: evaluate the help now (afweging 5). */
  onEvaluate?(): void;
  onNewConcern?(): void;
  /** Back to the last question (only where "check your answers" was skipped: acute danger). */
  onBack?(): void;
}

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * The outcome of a route: what to do now, whom to call, what to record. The blocks shown follow
 * content/outcomes.ts (the machine decided the route; content decides the words and blocks).
 */
export function OutcomePage({ context, partner, slots, onEvaluate, onNewConcern, onBack }: OutcomePageProps) {
  const { t, i18n } = useTranslation(['guide', 'common']);
  const { route, flags, answers, sector, waiting } = context;
  const resolved = waiting ? { ...WAITING_CONTENT, key: 'waiting' } : resolveOutcome(route, flags, answers);
  const display: OutcomeDisplay = resolved;
  // The waiting words live under `waiting.*`, the route words under `outcomes.<key>.*`.
  const base = waiting ? 'guide:waiting' : `guide:outcomes.${resolved.key}`;
  const opts = { context: sector as Sector };
  const title = t(`${base}.title`, opts);
  const heading = usePageHeading(title, t('common:app.name'), `outcome#${resolved.key}`, t('common:nav.guide'));
  const next = asList(t(`${base}.next`, { ...opts, returnObjects: true }));
  const record = asList(t(`${base}.record`, { ...opts, returnObjects: true }));
  const roles = SECTOR_ROLES[sector];

  return (
    <div className={`zr-page zr-outcome zr-outcome--${route}`} data-route={route} data-outcome={resolved.key}>
      {onBack ? (
        <button type="button" className="zr-linkbutton zr-back" onClick={onBack}>
          <span aria-hidden="true">‹ </span>
          {t('common:actions.back')}
        </button>
      ) : null}
      <PageHeading ref={heading}>{title}</PageHeading>
      <Paragraph lead>{t(`${base}.lead`, opts)}</Paragraph>

      {display.showEmergency ? (
        <section className="zr-callout zr-callout--danger" aria-labelledby="zr-emergency">
          <Heading2 id="zr-emergency">{t('guide:outcome.emergencyHeading')}</Heading2>
          <Paragraph>{t('guide:outcome.emergencyText')}</Paragraph>
          <Paragraph>
            <Link className="zr-tel" href="tel:112">
              112
            </Link>
          </Paragraph>
        </section>
      ) : null}

      {display.showVeiligThuis || display.showEmergency ? (
        <section className="zr-callout" aria-labelledby="zr-veilig-thuis">
          <Heading2 id="zr-veilig-thuis">{t('guide:outcome.veiligThuisHeading')}</Heading2>
          <Paragraph>{t('guide:outcome.veiligThuisText')}</Paragraph>
          <Paragraph>
            <Link className="zr-tel" href="tel:08002000">
              0800-2000
            </Link>
          </Paragraph>
        </section>
      ) : null}

      {next.length > 0 ? (
        <section className="zr-section" aria-labelledby="zr-next">
          <Heading2 id="zr-next">{t('guide:outcome.nextHeading')}</Heading2>
          <OrderedList items={next} />
        </section>
      ) : null}

      {display.afterMelding && !waiting ? (
        <section className="zr-section zr-after-melding" aria-labelledby="zr-after-melding">
          <Heading2 id="zr-after-melding">{t('guide:afterMelding.heading')}</Heading2>
          <Paragraph>{t('guide:afterMelding.lead')}</Paragraph>
          <UnorderedList items={asList(t('guide:afterMelding.items', { returnObjects: true }))} />
          <Paragraph className="zr-hint">{t('guide:afterMelding.sources')}:</Paragraph>
          <SourceList ids={AFTER_MELDING_SOURCES} />
        </section>
      ) : null}

      {display.showPartnerContact && partner ? (
        <section className="zr-section zr-partner" aria-labelledby="zr-partner">
          <Heading2 id="zr-partner">{t('guide:outcome.partnerHeading')}</Heading2>
          <Paragraph>
            <strong>{partner.name}</strong>
            {partner.description ? <> — {partner.description}</> : null}
          </Paragraph>
          {(partner.contacts ?? []).map((contact, i) => (
            <div key={i} className="zr-contact">
              {contact.name ? <Paragraph className="zr-contact__name">{contact.name}</Paragraph> : null}
              <ul className="utrecht-unordered-list">
                {/* Data of the organisation's kaart: only https, tel and mailto become links (ui/safeHref.ts). */}
                {contact.phone ? (
                  <li className="utrecht-unordered-list__item">
                    {safeTelHref(contact.phone) ? <Link href={safeTelHref(contact.phone)}>{contact.phone}</Link> : contact.phone}
                  </li>
                ) : null}
                {contact.email ? (
                  <li className="utrecht-unordered-list__item">
                    {safeMailtoHref(contact.email) ? <Link href={safeMailtoHref(contact.email)}>{contact.email}</Link> : contact.email}
                  </li>
                ) : null}
                {contact.url ? (
                  <li className="utrecht-unordered-list__item">
                    {safeHttpsHref(contact.url) ? (
                      <Link href={safeHttpsHref(contact.url)} rel="noreferrer noopener">
                        {contact.url.replace(/^https:\/\//, '')}
                      </Link>
                    ) : (
                      contact.url
                    )}
                  </li>
                ) : null}
                {contact.instructions ? <li className="utrecht-unordered-list__item">{contact.instructions}</li> : null}
              </ul>
            </div>
          ))}
          {partner.lastConfirmed ? (
            <Paragraph className="zr-hint">
              {t('guide:outcome.partnerLastConfirmed', { date: formatDay(partner.lastConfirmed, i18n.language) })}
            </Paragraph>
          ) : null}
        </section>
      ) : null}

      {display.consentReminder ? (
        <section className="zr-callout" aria-labelledby="zr-consent">
          <Heading2 id="zr-consent">{t('guide:outcome.consentHeading')}</Heading2>
          <Paragraph>{t('guide:outcome.consentText', opts)}</Paragraph>
        </section>
      ) : null}

      {display.roles.length > 0 ? (
        <section className="zr-section" aria-labelledby="zr-roles">
          <Heading2 id="zr-roles">{t('guide:outcome.rolesHeading')}</Heading2>
          <UnorderedList
            items={display.roles.map((r) =>
              t(`guide:outcome.${r}`, { ...opts, role: t(`guide:roles.${roles[r]}`) }),
            )}
          />
        </section>
      ) : null}

      {record.length > 0 ? (
        <section className="zr-section" aria-labelledby="zr-record">
          <Heading2 id="zr-record">{t('guide:outcome.recordHeading')}</Heading2>
          <Paragraph className="zr-hint">{t('guide:outcome.recordHint')}</Paragraph>
          <UnorderedList items={record} />
        </section>
      ) : null}

      {waiting ? (
        <section className="zr-section" aria-labelledby="zr-evaluate">
          <Heading2 id="zr-evaluate">{t('guide:waiting.reminder')}</Heading2>
          <div className="zr-actions">
            <Button appearance="primary" onClick={onEvaluate}>
              {t('guide:waiting.evaluate')}
            </Button>
          </div>
        </section>
      ) : null}

      {slots?.outcomeExtra ? <div className="zr-slot">{slots.outcomeExtra(context)}</div> : null}

      <div className="zr-actions zr-section">
        <Button appearance={waiting ? 'secondary' : 'primary'} onClick={onNewConcern}>
          {t('guide:outcome.newConcern')}
        </Button>
      </div>
    </div>
  );
}
