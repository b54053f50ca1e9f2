import { describe, expect, it } from 'vitest';
import { safeHttpsHref, safeMailtoHref, safeTelHref } from './safeHref';

describe('links from the sociale kaart', () => {
  it('allows https only', () => {
    expect(safeHttpsHref('https://veiligthuis.nl')).toBe('https://veiligthuis.nl/');
    for (const bad of ['http://veiligthuis.nl', 'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'ftp://x.nl', 'https://user:pw@x.nl', '//x.nl', 'veiligthuis.nl', '', undefined]) {
      expect(safeHttpsHref(bad), String(bad)).toBeUndefined();
    }
  });

  it('makes tel: of a phone number and refuses anything else', () => {
    expect(safeTelHref('0800-2000')).toBe('tel:08002000');
    expect(safeTelHref('+31 50 123 45 67')).toBe('tel:+31501234567');
    for (const bad of ['javascript:alert(1)', '0800;2000', 'tel:112', '12', '', undefined]) expect(safeTelHref(bad), String(bad)).toBeUndefined();
  });

  it('makes mailto: of one plain address, never with extra recipients or a body', () => {
    expect(safeMailtoHref('info@veiligthuis.nl')).toBe('mailto:info@veiligthuis.nl');
    for (const bad of ['a@b.nl?cc=c@d.nl', 'a@b.nl&body=x', 'a@b.nl,c@d.nl', 'javascript:a@b.nl', 'a b@c.nl', 'geen-adres', '@b.nl', '', undefined]) {
      expect(safeMailtoHref(bad), String(bad)).toBeUndefined();
    }
  });
});
