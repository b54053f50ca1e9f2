import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { RouteId } from '../../machines/ids';
import type { SchoolSetting } from '../storage/settings';
import { Button } from '../ui/Button';
import { PageHeading } from '../ui/Heading';
import { ButtonLink, Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { RadioGroup } from '../ui/RadioGroup';
import { usePageHeading } from '../ui/usePageHeading';
import { CountedSummary, type CountedFacts } from './CountedSummary';
import { EMPTY_CHOICE } from './RecordFields';
import { RecordForm } from './RecordForm';
import { loadSchools } from './recording';
import { useRecordChoice } from './useRecordChoice';
import { RecordSectorProvider, useRecordT } from './sector';
import { readPrefs } from '../storage/prefs';
import './record.css';

/** Routes a contact can end in without the guide; referrals and reports go through the guide. */
const QUICK_ROUTES = ['advies', 'begeleiding'] as const satisfies readonly RouteId[];
/** '' = "contact only" chosen; undefined = nothing chosen yet (nothing is pre-selected). */
type QuickRoute = (typeof QUICK_ROUTES)[number] | '' | undefined;

export interface QuickRegistrationProps {
  navigate(path: string): void;
  /** Injected by stories and tests; the app reads the settings' schools from storage. */
  loadSchools?: () => Promise<SchoolSetting[]>;
  now?: () => Date;
}

/**
 * #/registreren: an ordinary contact that needs no guide (a conversation with a parent about sleep,
 * a classroom observation, an MDO) counted in a few taps: school, activity, contact, via, themes,
 * and whether advice or short support followed. The same counters as the guide's record panel.
 */
/** The page in the sector chosen on the start page: the kinderopvang counts per locatie (issue 14 §6). */
export default function QuickRegistration(props: QuickRegistrationProps) {
  const [sector] = useState(() => readPrefs().sector);
  return (
    <RecordSectorProvider value={sector}>
      <QuickRegistrationForm {...props} />
    </RecordSectorProvider>
  );
}

function QuickRegistrationForm({ navigate, loadSchools: load = loadSchools, now = () => new Date() }: QuickRegistrationProps) {
  const { t } = useRecordT();
  const heading = usePageHeading(t('record:quick.title'), t('common:app.name'), 'quick-registration');
  const form = useRecordChoice(load);
  const { schools, choice, setChoice, check, record } = form;
  const [route, setRoute] = useState<QuickRoute>();
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [counted, setCounted] = useState<CountedFacts>();
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (status === 'saved') statusRef.current?.focus();
  }, [status]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!schools || status === 'saving' || status === 'saved') return;
    if (!check(schools)) return;
    setStatus('saving');
    try {
      const { school, registration: reg } = await record(schools, route ? { route } : {}, now());
      setChoice((c) => ({ ...c, school: school.id }));
      setCounted({ school: school.name, month: reg.month, ...(route ? { route } : {}), choice: { ...choice, school: school.id } });
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  function again() {
    // The school the user chose stays chosen for the next one; nothing else is.
    setChoice({ ...EMPTY_CHOICE, school: choice.school });
    setRoute(undefined);
    setStatus('idle');
    setCounted(undefined);
    heading.current?.focus();
  }

  const saved = status === 'saved';

  return (
    <div className="zr-page zr-quick" data-testid="quick-registration">
      <PageHeading ref={heading}>{t('record:quick.title')}</PageHeading>
      <Paragraph lead>{t('record:quick.lead')}</Paragraph>
      <Paragraph className="zr-hint">
        <Link
          href="#/gids"
          onClick={(event) => {
            event.preventDefault();
            navigate('/gids');
          }}
        >
          {t('record:quick.toGuide')}
        </Link>
      </Paragraph>
      <RecordForm form={form} idPrefix="qr" settingsHref="#/instellingen" state={status} onSubmit={submit}>
        <RadioGroup
          name="qr-route"
          idPrefix="qr-route"
          legend={<span className="zr-legend-text">{t('record:fields.outcome')}</span>}
          hint={t('record:fields.outcomeHint')}
          options={[
            ...QUICK_ROUTES.map((r) => ({ value: r, label: t(`dimensions:route.${r}`) })),
            { value: '', label: t('record:fields.outcomeNone') },
          ]}
          value={route}
          onChange={(v) => setRoute(v as QuickRoute)}
        />
      </RecordForm>
      <div ref={statusRef} tabIndex={-1} role="status" className="zr-record__status">
        {saved && counted ? <CountedSummary facts={counted} /> : null}
      </div>
      {saved ? (
        <div className="zr-record__actions">
          <Button appearance="primary" onClick={again}>
            {t('record:quick.again')}
          </Button>
          <ButtonLink href="#/verantwoording">{t('record:quick.toReport')}</ButtonLink>
        </div>
      ) : null}
    </div>
  );
}
