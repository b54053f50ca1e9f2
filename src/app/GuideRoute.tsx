import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SOCIALE_KAART, type SocialeKaart } from '../../content/sociale-kaart';
import { GuidePage } from '../guide/GuidePage';
import type { GuideSlots } from '../guide/types';
import { useConcernSession } from '../concern/session';
import { onderlingCase, useOnderlingCase } from '../concern/onderling-case';
import { COUNTED_NOTE, countedNoteText, readCounted } from '../record/recording';
import { partnerDirectory } from '../guide/partners';
import { OnderlingGuide, type OnderlingSlots } from '../guide/onderling/OnderlingGuide';
import { readPrefs } from '../storage/prefs';
import { SHARING_HREF } from '../guide/sharing-path';
import { SharingPage } from '../guide/SharingPage';
import { loadSocialeKaart } from './socialeKaart';
import { whenSettled } from './settled';
import { withDraftsSlots, withOnderlingDraftsSlots } from './draftsSlots';
import { currentLanguage, loadNamespace } from './i18n';
import type { PageProps } from './routes';

/**
 * The guide as composed by the app: the place where other features plug into its slots (notes
 * and drafts, the counting panel) without the guide importing them. Add a feature's slot content
 * here (lazily, if it needs Dexie or zod).
 */
const SLOTS: GuideSlots = {};

/**
 * The counting panel appears on outcome pages only, so it and its `record` namespace load with the
 * first outcome, not with the first question (issue 16: fewer requests before the question's paint).
 */
const RecordPanel = lazy(async () => {
  const [mod] = await Promise.all([
    import('../record/RecordPanel'),
    loadNamespace('record', currentLanguage()),
    loadNamespace('dimensions', currentLanguage()),
  ]);
  return { default: mod.RecordPanel };
});

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
  // The slots are memoised per concern (new slot functions would remount the drafts' lazy parts), so
  // they read the notes through a ref: the counted marker set on one outcome must reach the next.
  const notes = useRef(session.notes);
  notes.current = session.notes;
  // The counting panel on every outcome (record; it loads storage itself with import()).
  const slots = useMemo<GuideSlots>(
    () => ({
      ...SLOTS,
      outcomeExtra: (ctx) => (
        <Suspense fallback={null}>
          <RecordPanel
            route={ctx.route}
            flags={ctx.flags}
            partner={ctx.partner}
            partnerKind={ctx.partner ? partners[ctx.partner]?.kind : undefined}
            partnerName={ctx.partner ? partners[ctx.partner]?.name : undefined}
            training={ctx.training}
            settingsHref="#/instellingen"
            sharingHref={SHARING_HREF}
            sector={ctx.sector}
            countedBefore={readCounted(notes.current)}
            onCounted={(counted) => session.setNote(COUNTED_NOTE, countedNoteText(counted), { bookkeeping: true })}
          />
        </Suspense>
      ),
    }),
    [partners, session.generation],
  );
  // Notes, documentation export and drafts (drafts; lazily loaded inside withDraftsSlots).
  const withDrafts = useMemo(() => withDraftsSlots(slots, (id) => partners[id]?.name ?? id), [slots, partners]);
  return <GuidePage partners={partners} onExit={() => navigate('/')} slots={withDrafts} />;
}

/**
 * The route for behaviour between children (#/onderling, issue 14 §5), as composed by the app (in this
 * module, so it shares the guide's chunk: a chunk of its own changed how the bundler split the first
 * load, at a cost of about 1 kB gzip to the budget): the guide's onderling pages with the notes and the
 * pause link in their question slot, and the counting panel and "save as draft" in their outcome slot,
 * as GuideRoute does for a concern. The case is the app's memory of it (src/concern/onderling-case):
 * leaving the route keeps it, a draft resumes it, and the unload guard asks before a reload drops it.
 * The sector is the case's (chosen on the start page, or the draft's).
 */
export function OnderlingRoute({ navigate }: PageProps) {
  const current = useOnderlingCase();
  const sector = current.sector ?? readPrefs().sector;
  // The slots read the notes through a ref: a counted marker set on the outcome must reach the panel
  // without new slot functions (which would remount the lazy parts).
  const notes = useRef(current.notes);
  notes.current = current.notes;
  const slots = useMemo<OnderlingSlots>(
    () =>
      withOnderlingDraftsSlots({
        outcomeExtra: (ctx) => (
          <Suspense fallback={null}>
            <RecordPanel
              route={ctx.route}
              flags={[]}
              training={ctx.training}
              settingsHref="#/instellingen"
              sector={ctx.sector}
              // Counted once per case: the marker is a bookkeeping note of the case (kept in its draft).
              countedBefore={readCounted(notes.current)}
              onCounted={(counted) => onderlingCase.setNote(COUNTED_NOTE, countedNoteText(counted), { bookkeeping: true })}
            />
          </Suspense>
        ),
      }),
    [current.generation],
  );
  const generation = current.generation;
  return (
    <OnderlingGuide
      sector={sector}
      caseKey={generation}
      snapshot={current.snapshot}
      onSnapshot={(snapshot) => onderlingCase.update(generation, sector, snapshot)}
      slots={slots}
      onExit={() => navigate('/')}
      onNew={() => onderlingCase.start(sector)}
      startHref="#/"
    />
  );
}

/**
 * The help page on sharing information (issue 14 §3, #/gids/informatie-delen), served from this chunk
 * (routes.ts) so the first load's import map does not grow by a chunk of its own.
 */
export function SharingRoute(props: PageProps) {
  // The concern's sector (the page is opened from within it), else the start page's.
  const session = useConcernSession();
  const sector = session.input.sector ?? readPrefs().sector;
  return <SharingPage navigate={props.navigate} sector={sector} />;
}
