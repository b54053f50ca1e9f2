/**
 * Links made from data the organisation supplied (the sociale kaart), checked again right before
 * they are rendered (issue 13): the kaart is validated on import and when it is read back, but a
 * link is where a bad value would do harm (javascript:, data:, a mailto: that adds recipients or a
 * body), so the page allows only https:, tel: and mailto: with plain values. Anything else is shown
 * as text, not as a link. Pure, no dependencies.
 */

/** An https address as given, or undefined. */
export function safeHttpsHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** tel: with the digits (and a leading +) of a phone number, or undefined. */
export function safeTelHref(phone: string | undefined): string | undefined {
  if (!phone || !/^\+?[0-9][0-9 -]{2,39}$/.test(phone)) return undefined;
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** mailto: one plain address (no second recipient, subject, body or other parameter), or undefined. */
export function safeMailtoHref(email: string | undefined): string | undefined {
  if (!email || email.length > 254 || !/^[^\s@?&#%/:;,<>"'()[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(email)) {
    return undefined;
  }
  return `mailto:${email}`;
}
