/** Verdeling contacten: conversations per contact, the key figures of the seed, who raised the question, and who raised what per contact. Pure. */
import { CONTACTS, VIAS } from '../../../machines/ids';
import type { Cell, GroupTable, MatrixTable, Section } from '../tables';
import { cellsOf, type SectionContext } from './common';

export function contactsSection({ report, t, dim, k }: SectionContext): Section {
  const contacts: GroupTable = {
    kind: 'group',
    id: 'contacts',
    caption: k('contacts.table'),
    rowHeader: t('dimensions:title.contact'),
    measures: ['count', 'pct'],
    rows: [
      ...CONTACTS.map((c) => ({ key: c, figure: `contact.${c}`, label: dim('contact', c), cells: cellsOf(report, (f) => f.contacts[c]) })),
      {
        key: 'conversations',
        figure: 'conversations',
        label: k('contacts.conversations'),
        total: true,
        cells: cellsOf(report, (f) => ({ count: f.conversations, pct: f.conversations > 0 ? 100 : null })),
      },
    ],
    rules: [{ total: 'conversations', parts: CONTACTS.map((c) => `contact.${c}`) }],
    pctBase: Object.fromEntries([...CONTACTS, 'conversations'].map((c) => [c, 'conversations'])),
  };

  const staffFigures = ['contact.ib', 'contact.leerkracht', 'contact.professional'];
  const withBase = (cp: { count: number; pct: number | null }, base: number): Cell => ({ ...cp, base });
  const keyFigures: GroupTable = {
    kind: 'group',
    id: 'contacts-key',
    caption: k('contacts.keyTable'),
    rowHeader: k('contacts.figure'),
    measures: ['count', 'pct'],
    pctOnly: true,
    sources: {
      internal: [...staffFigures, 'conversations'],
      'internal-ib': staffFigures,
      'internal-leerkracht': staffFigures,
      'internal-professional': staffFigures,
      parents: ['contact.ouder', 'conversations'],
      'parents-via-teacher': ['contact.ouder'],
      'pupils-own': ['via.leerling', 'via.known'],
      families: ['contact.ouder', 'contact.leerling', 'conversations'],
    },
    rows: [
      { key: 'internal', label: k('contacts.internal'), cells: cellsOf(report, (f) => withBase(f.internalStaff, f.conversations)) },
      { key: 'internal-ib', label: k('contacts.internalIb'), cells: cellsOf(report, (f) => withBase(f.internalStaff.ib, f.internalStaff.count)) },
      {
        key: 'internal-leerkracht',
        label: k('contacts.internalTeacher'),
        cells: cellsOf(report, (f) => withBase(f.internalStaff.leerkracht, f.internalStaff.count)),
      },
      {
        key: 'internal-professional',
        label: k('contacts.internalProfessional'),
        cells: cellsOf(report, (f) => withBase(f.internalStaff.professional, f.internalStaff.count)),
      },
      { key: 'parents', label: k('contacts.parents'), cells: cellsOf(report, (f) => withBase(f.contacts.ouder, f.conversations)) },
      {
        key: 'parents-via-teacher',
        label: k('contacts.parentsViaTeacher'),
        cells: cellsOf(report, (f) => withBase(f.raisedBy.ouder.leerkracht, f.contacts.ouder.count)),
      },
      { key: 'pupils-own', label: k('contacts.pupilsOwn'), cells: cellsOf(report, (f) => withBase(f.via.leerling, f.viaKnown)) },
      { key: 'families', label: k('contacts.families'), cells: cellsOf(report, (f) => withBase(f.families, f.conversations)) },
    ],
  };

  const via: GroupTable = {
    kind: 'group',
    id: 'via',
    caption: k('contacts.viaTable'),
    rowHeader: t('dimensions:title.via'),
    measures: ['count', 'pct'],
    rows: [
      ...VIAS.map((v) => ({ key: v, figure: `via.${v}`, label: dim('via', v), cells: cellsOf(report, (f) => f.via[v]) })),
      {
        key: 'known',
        figure: 'via.known',
        label: k('contacts.viaKnown'),
        total: true,
        cells: cellsOf(report, (f) => ({ count: f.viaKnown, pct: f.viaKnown > 0 ? 100 : null })),
      },
    ],
    rules: [{ total: 'via.known', parts: VIAS.map((v) => `via.${v}`) }],
    pctBase: Object.fromEntries([...VIAS, 'known'].map((v) => [v, 'via.known'])),
  };

  const all = report.groups.all;
  const raisedBy: MatrixTable = {
    kind: 'matrix',
    id: 'raised-by',
    caption: k('contacts.raisedByTable'),
    rowHeader: t('dimensions:title.contact'),
    columns: VIAS.map((v) => ({ key: v, label: dim('via', v) })),
    rows: CONTACTS.map((c) => ({ key: c, label: dim('contact', c), cells: VIAS.map((v) => all.raisedBy[c][v]) })),
    showPct: true,
  };

  return { id: 'contacts', title: k('contacts.title'), tables: [contacts, keyFigures, via, raisedBy] };
}
