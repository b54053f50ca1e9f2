import { lazy, Suspense } from 'react';
import SettingsPage from '../settings/SettingsPage';
import { currentLanguage, loadNamespace } from './i18n';
import type { PageProps } from './routes';

/**
 * The settings page as composed by the app: the drafts feature's "delete all local data" control
 * goes into its danger zone (features do not import each other). Loaded lazily with its namespace.
 */
const DeleteAllDataButton = lazy(async () => {
  const [mod] = await Promise.all([import('../drafts/DeleteAllDataButton'), loadNamespace('drafts', currentLanguage())]);
  return { default: mod.DeleteAllDataButton };
});

export default function SettingsRoute({ navigate }: PageProps) {
  return (
    <SettingsPage
      navigate={navigate}
      dangerZone={
        <Suspense fallback={null}>
          <DeleteAllDataButton />
        </Suspense>
      }
    />
  );
}
