import { lazy, Suspense, useMemo, useState } from 'react';
import { readPrefs } from '../storage/prefs';
import { OnderlingGuide, type OnderlingSlots } from '../guide/onderling/OnderlingGuide';
import { currentLanguage, loadNamespace } from './i18n';
import type { PageProps } from './routes';
import type { Counted } from '../record/recording';

/**
 * The route for behaviour between children (#/onderling, issue 14 §5), as composed by the app: the
 * guide's onderling pages with the counting panel in their outcome slot, as GuideRoute does for a
 * concern. The sector is the one chosen on the start page. The case lives in this page only (memory):
 * it has no free text to keep, so there are no drafts; what is counted is the route, as for a concern.
 */
const RecordPanel = lazy(async () => {
  const [mod] = await Promise.all([
    import('../record/RecordPanel'),
    loadNamespace('record', currentLanguage()),
    loadNamespace('dimensions', currentLanguage()),
  ]);
  return { default: mod.RecordPanel };
});

export default function OnderlingRoute({ navigate }: PageProps) {
  const sector = useMemo(() => readPrefs().sector, []);
  // Counted once per case: the marker lives as long as the case (a new case remounts the slot's key).
  const [counted, setCounted] = useState<Counted>();
  const slots = useMemo<OnderlingSlots>(
    () => ({
      outcomeExtra: (ctx) => (
        <Suspense fallback={null}>
          <RecordPanel
            route={ctx.route}
            flags={[]}
            training={ctx.training}
            settingsHref="#/instellingen"
            countedBefore={counted}
            onCounted={setCounted}
          />
        </Suspense>
      ),
    }),
    [counted],
  );
  return (
    <OnderlingGuide
      sector={sector}
      slots={slots}
      onExit={() => navigate('/')}
      onNew={() => setCounted(undefined)}
      startHref="#/"
    />
  );
}
