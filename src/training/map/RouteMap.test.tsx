// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Sector } from '../../../machines/ids';
import { setupTestI18n } from '../../../tests/i18n';
import { RouteMap } from './RouteMap';
import { mapPosition } from './routeMap';

/**
 * Kinderopvang is not a school (issue 14 §6): a trainer who plays a kinderopvang casus shows a map
 * that says "in de kinderopvang" and names the houder for the meldplicht; a school casus keeps the
 * school's words.
 */
beforeAll(() => setupTestI18n(['training']));
afterEach(cleanup);

const SUPPORT: Answer[] = [
  ['triage.acuut', 'nee'],
  ['triage.medewerker', 'nee'],
  ['triage.signalen', 'nee'],
  ['steun.advies', 'nee'],
];
const renderMap = (sector: Sector) =>
  render(<RouteMap position={mapPosition(SUPPORT, { sector })} sector={sector} answerLabel={(_q, v) => v} expandAll />);

describe('the route map in the casus sector', () => {
  it('kinderopvang: guidance in the kinderopvang, the meldplicht with the houder', () => {
    renderMap('kinderopvang');
    expect(screen.getByText('Korte begeleiding in de kinderopvang?')).toBeInTheDocument();
    expect(screen.getByText('Begeleiding in de kinderopvang')).toBeInTheDocument();
    expect(screen.getByText('Meldplicht: houder')).toBeInTheDocument();
    expect(screen.queryByText(/op school/)).toBeNull();
  });

  it.each(['po', 'vo'] as const)('%s keeps the school words', (sector) => {
    renderMap(sector);
    expect(screen.getByText('Korte begeleiding op school?')).toBeInTheDocument();
    expect(screen.getByText('Meldplicht: bevoegd gezag')).toBeInTheDocument();
  });
});
