import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Flag, PartnerKind, Sector } from '../../machines/ids';
import type { CountedRouteId } from '../../machines/onderling.ids';
import type { SchoolSetting } from '../storage/settings';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Heading2 } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { SummaryList } from '../ui/SummaryList';
import { monthOf } from '../storage/cells';
import { formatMonth } from '../ui/month';
import { CountedSummary, type CountedFacts } from './CountedSummary';
import { RecordForm } from './RecordForm';
import { loadSchools, type Counted } from './recording';
import { useRecordChoice } from './useRecordChoice';
import { RecordSectorProvider, useRecordT } from './sector';
import './record.css';

export interface RecordPanelProps {
  route: CountedRouteId;
  flags: readonly Flag[];
  /** Partner id chosen in the concern (counted only with route intern/extern). */
  partner?: string;
  partnerKind?: PartnerKind;
  /** The partner's name as the sociale kaart has it. */
  partnerName?: string;
  /** Training mode: nothing is counted. */
  training: boolean;
  /**
   * That this concern is counted already (the marker in its notes, `readCounted`; also from a resumed
   * draft): then it is not offered for counting again. One concern is counted once, also when it goes
   * on from the waiting state (counted as intern/extern with its partner) to the evaluation's outcome.
   */
  countedBefore?: Counted;
  /** Called once the concern is counted, so the app keeps the marker with the concern (`countedNoteText`). */
  onCounted?: (counted: Counted) => void;
  /** Where schools are set up ('#/instellingen'). */
  settingsHref: string;
  /** The help page on what may be shared with the school (issue 14 §3), when the app offers it. */
  sharingHref?: string;
  /** The concern's sector: the kinderopvang counts per locatie, not per school (issue 14 §6). */
  sector?: Sector;
  /** Injected by stories and tests; the app loads the settings' schools from storage. */
  loadSchools?: () => Promise<SchoolSetting[]>;
  now?: () => Date;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | ({ kind: 'saved' } & CountedFacts) | { kind: 'failed' };

/**
 * "Confirm what is counted", on the outcome page of a concern (the guide's `outcomeExtra` slot,
 * composed in src/app). The route, partner and flags come from the concern; the worker chooses
 * school, contacts, who raised it, activities and themes. "Tellen" writes once (one transaction in
 * storage); afterwards the panel says "Geteld". In training mode it only says that nothing counts.
 */
export function RecordPanel(props: RecordPanelProps) {
  return (
    <RecordSectorProvider value={props.sector}>
      <RecordPanelInner {...props} />
    </RecordSectorProvider>
  );
}

function RecordPanelInner(props: RecordPanelProps) {
  const { t, i18n } = useRecordT();
  const headingId = useId();
  if (props.training) {
    return (
      <section className="zr-record zr-section" aria-labelledby={headingId}>
        <Heading2 id={headingId}>{t('record:panel.title')}</Heading2>
        <Alert type="info" data-testid="record-training">
          <Paragraph>{t('record:panel.training')}</Paragraph>
        </Alert>
      </section>
    );
  }
  return <RecordPanelForm {...props} headingId={headingId} lang={i18n.language} />;
}

function RecordPanelForm({
  route,
  flags,
  partner,
  partnerKind,
  partnerName,
  settingsHref,
  sharingHref,
  countedBefore,
  onCounted,
  loadSchools: load = loadSchools,
  now = () => new Date(),
  headingId,
  lang,
}: RecordPanelProps & { headingId: string; lang: string }) {
  const { t } = useRecordT();
  const form = useRecordChoice(load);
  const { schools, choice, check, record } = form;
  // Read once: counting in this mount moves to "Geteld" through `status`, not through this branch.
  const [already] = useState(() => countedBefore);
  const [status, setStatus] = useState<Status>(already ? { kind: 'saved', ...already } : { kind: 'idle' });
  const statusRef = useRef<HTMLDivElement>(null);
  const month = useRef(now()).current;

  useEffect(() => {
    if (status.kind === 'saved' && !already) statusRef.current?.focus();
  }, [status.kind, already]);

  const referral = route === 'intern' || route === 'extern';
  const facts = [
    { key: 'route', term: t('record:panel.route'), value: t(`dimensions:route.${route}`) },
    ...(referral && partner
      ? [{ key: 'partner', term: t('record:panel.partner'), value: partnerName ?? t(`common:partners.${partner}`, { defaultValue: partner }) }]
      : []),
    {
      key: 'flags',
      term: t('record:panel.flags'),
      value: flags.length > 0 ? flags.map((f) => t(`dimensions:flag.${f}`)).join(', ') : t('record:panel.noFlags'),
    },
    { key: 'month', term: t('record:panel.month'), value: formatMonth(monthOf(month), lang) },
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!schools || status.kind === 'saving' || status.kind === 'saved') return;
    if (!check(schools)) return;
    setStatus({ kind: 'saving' });
    try {
      const { school, registration: reg } = await record(schools, { route, partner, partnerKind, flags }, month);
      onCounted?.({ school: school.name, month: reg.month });
      setStatus({
        kind: 'saved',
        school: school.name,
        month: reg.month,
        route,
        partnerName: referral && partner ? facts.find((f) => f.key === 'partner')?.value : undefined,
        flags,
        choice,
      });
    } catch {
      setStatus({ kind: 'failed' });
    }
  }

  const saved = status.kind === 'saved';

  if (already) {
    // Counted earlier in this concern (another outcome of it, or the same one shown again).
    return (
      <section className="zr-record zr-section" aria-labelledby={headingId} data-testid="record-panel">
        <Heading2 id={headingId}>{t('record:panel.title')}</Heading2>
        <CountedSummary facts={already} />
        <div className="zr-record__actions">
          <Button appearance="primary" disabled>
            {t('record:counted')}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <section className="zr-record zr-section" aria-labelledby={headingId} data-testid="record-panel">
      <Heading2 id={headingId}>{t('record:panel.title')}</Heading2>
      <Paragraph>{t('record:panel.lead')}</Paragraph>
      {sharingHref ? (
        // Counting holds no names; what may be told to the school is another question (issue 14 §3).
        <Paragraph>
          <Link href={sharingHref}>{t('record:sharingLink')}</Link>
        </Paragraph>
      ) : null}
      {saved ? null : <SummaryList rows={facts} />}
      <RecordForm form={form} idPrefix="rp" settingsHref={settingsHref} state={status.kind} statusId="rp-status" onSubmit={submit} />
      <div id="rp-status" ref={statusRef} tabIndex={-1} role="status" className="zr-record__status">
        {saved ? <CountedSummary facts={status} /> : null}
      </div>
    </section>
  );
}
