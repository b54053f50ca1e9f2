import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SOCIALE_KAART, type SocialeKaart } from '../../content/sociale-kaart';
import { GuidePage } from '../guide/GuidePage';
import type { GuideSlots } from '../guide/types';
import { useConcernSession } from '../concern/session';
import { RecordPanel } from '../record/RecordPanel';
import { partnerDirectory } from '../guide/partners';
import { loadSocialeKaart } from './socialeKaart';
import { whenSettled } from './settled';
import { withDraftsSlots } from './draftsSlots';
import type { PageProps } from './routes';

/**
 * The guide as composed by the app: the place where other features plug into its slots (notes
 * and drafts, the counting panel) without the guide importing them. Add a feature's slot content
 * here (lazily, if it needs Dexie or zod).
 */
const SLOTS: GuideSlots = {};

/**
 * The "this concern is counted" marker travels with the concern's notes, so a draft saved after
 * counting (encrypted, like every note) is not counted again when it is resumed.
 */
const COUNTED_NOTE = 'record@counted';

function parseCounted(text: string | undefined): { school: string; month: string } | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { school?: unknown; month?: unknown };
    return typeof value.school === 'string' && typeof value.month === 'string'
      ? { school: value.school, month: value.month }
      : undefined;
  } catch {
    return undefined;
  }
}

export default function GuideRoute({ navigate }: PageProps) {
  const { t } = useTranslation('common');
  const [kaart, setKaart] = useState<SocialeKaart>(DEFAULT_SOCIALE_KAART);
  useEffect(() => {
    let live = true;
    // After the first paint has settled: reading it loads Dexie, and the default kaart serves until then.
    void whenSettled()
      .then(loadSocialeKaart)
      .then((k) => live && setKaart(k));
    return () => {
      live = false;
    };
  }, []);
  const partners = useMemo(
    () => partnerDirectory(kaart, (id, fallback) => t(`partners.${id}`, { defaultValue: fallback })),
    [kaart, t],
  );
  const session = useConcernSession();
  // The counting panel on every outcome (record; it loads storage itself with import()).
  const slots = useMemo<GuideSlots>(
    () => ({
      ...SLOTS,
      outcomeExtra: (ctx) => (
        <RecordPanel
          concernKey={String(session.generation)}
          route={ctx.route}
          flags={ctx.flags}
          partner={ctx.partner}
          partnerKind={ctx.partner ? partners[ctx.partner]?.kind : undefined}
          partnerName={ctx.partner ? partners[ctx.partner]?.name : undefined}
          training={ctx.training}
          settingsHref="#/instellingen"
          countedBefore={parseCounted(session.notes[COUNTED_NOTE])}
          onCounted={(counted) => session.setNote(COUNTED_NOTE, JSON.stringify(counted))}
        />
      ),
    }),
    [partners, session.generation],
  );
  // Notes, documentation export and drafts (drafts; lazily loaded inside withDraftsSlots).
  const withDrafts = useMemo(() => withDraftsSlots(slots, (id) => partners[id]?.name ?? id), [slots, partners]);
  return <GuidePage partners={partners} onExit={() => navigate('/')} slots={withDrafts} />;
}
