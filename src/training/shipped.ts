import type { TrainingCasus } from './casus';

/** Every shipped casus file, bundled together: loaded with import() by ./casus.ts only. */
export const SHIPPED = import.meta.glob<TrainingCasus>('../../content/cases/*.json', { import: 'default', eager: true });
