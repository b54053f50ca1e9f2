// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { MANIFEST_HREF, linkManifest } from './manifest';

describe('linkManifest', () => {
  afterEach(() => document.head.querySelectorAll('link[rel="manifest"]').forEach((l) => l.remove()));

  it('links the web app manifest once, however often it is called', () => {
    expect(document.head.querySelector('link[rel="manifest"]')).toBeNull();
    linkManifest();
    linkManifest();
    const links = document.head.querySelectorAll<HTMLLinkElement>('link[rel="manifest"]');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe(MANIFEST_HREF);
    expect(MANIFEST_HREF).toBe('/manifest.webmanifest');
  });

  it('leaves a manifest link that is there already', () => {
    const own = document.createElement('link');
    own.rel = 'manifest';
    own.href = '/other.webmanifest';
    document.head.append(own);
    linkManifest();
    expect(document.head.querySelectorAll('link[rel="manifest"]')).toHaveLength(1);
    expect(own.getAttribute('href')).toBe('/other.webmanifest');
  });
});
