import { existsSync, readFileSync } from 'node:fs';
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every story of the built Storybook, in Dutch and in English (the `locale` toolbar global): it must
 * render without a render error (Storybook's error display), without a page or console error, and
 * without an axe violation inside #storybook-root.
 *
 * Speed: each worker loads Storybook's iframe once and then switches stories and globals through the
 * preview's own channel (the events the Storybook manager sends), so a story costs a render, not a
 * page load. The a11y addon's automatic run is switched off by its `a11y.manual` global (two axe runs
 * at once fail with "Axe is already running"); this test runs axe itself, in the page (legacy mode: the
 * story iframe has no frames of its own, and the cross-frame mode opens a page per run).
 */

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

const INDEX = `${process.env.STORYBOOK_STATIC ?? 'storybook-static'}/index.json`;
const index = existsSync(INDEX) ? (JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, IndexEntry> }) : undefined;
const stories = Object.values(index?.entries ?? {}).filter((e) => e.type === 'story');
const LOCALES = ['nl', 'en'] as const;

/** The tags of tests/e2e/fixtures.ts's expectNoAxeViolations: WCAG 2.1 A/AA and 2.2 AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Shown {
  ok: boolean;
  error?: string;
}

/** One Storybook iframe per worker, and what it shows now. */
class StoryFrame {
  private loaded = false;
  private locale = '';
  constructor(readonly page: Page) {}

  async show(id: string, locale: string): Promise<Shown> {
    if (!this.loaded) {
      await this.page.goto(`/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=locale:${locale};a11y.manual:!true`);
      // Rendered (main shown, root filled) or failed (error display): 'sb-show-main' alone comes
      // before a render error replaces it.
      await this.page.waitForFunction(() => {
        const c = document.body.classList;
        const root = document.getElementById('storybook-root');
        return (
          c.contains('sb-show-errordisplay') ||
          c.contains('sb-show-nopreview') ||
          (c.contains('sb-show-main') && (root?.childElementCount ?? 0) > 0)
        );
      });
      this.loaded = true;
      this.locale = locale;
      return this.page.evaluate(() =>
        !document.body.classList.contains('sb-show-errordisplay') && !document.body.classList.contains('sb-show-nopreview')
          ? { ok: true }
          : { ok: false, error: `${document.querySelector('#error-message')?.textContent ?? 'no preview'}\n${document.querySelector('#error-stack')?.textContent?.slice(0, 500) ?? ''}` },
      );
    }
    const changeLocale = locale !== this.locale;
    this.locale = locale;
    return this.page.evaluate(
      async ({ id, locale, changeLocale }) => {
        type Channel = { on(e: string, f: (p: unknown) => void): void; off(e: string, f: (p: unknown) => void): void; emit(e: string, p: unknown): void };
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
        /** Resolves on the next render of story `id`, or its failure. */
        const rendered = (storyId: string) =>
          new Promise<{ ok: boolean; error?: string }>((resolve) => {
            const done = (result: { ok: boolean; error?: string }) => {
              for (const [e, f] of handlers) channel.off(e, f);
              resolve(result);
            };
            const message = (p: unknown) => {
              const x = p as { title?: string; description?: string; message?: string } | undefined;
              return [x?.title, x?.description, x?.message].filter(Boolean).join(': ') || JSON.stringify(p);
            };
            const handlers: [string, (p: unknown) => void][] = [
              ['storyRendered', (p) => p === storyId && done({ ok: true })],
              ['storyErrored', (p) => done({ ok: false, error: `render error: ${message(p)}` })],
              ['storyThrewException', (p) => done({ ok: false, error: `exception: ${message(p)}` })],
              ['storyMissing', () => done({ ok: false, error: 'story not found' })],
              ['playFunctionThrewException', (p) => done({ ok: false, error: `play function: ${message(p)}` })],
            ];
            for (const [e, f] of handlers) channel.on(e, f);
            // Never wait forever for an event that will not come: say so instead.
            setTimeout(() => done({ ok: false, error: `no render event for ${storyId} within 60 s` }), 60_000);
          });
        const params = new URLSearchParams(location.search);
        const current = params.get('id') ?? '';
        if (changeLocale) {
          const again = rendered(current);
          channel.emit('updateGlobals', { globals: { locale } });
          const r = await again;
          // The same story in the other language: that render was the one asked for.
          if (!r.ok || id === current) return r;
        } else if (id === current) {
          // The same story again: force a fresh render.
          const again = rendered(id);
          channel.emit('forceRemount', { storyId: id });
          return again;
        }
        params.set('id', id);
        history.replaceState(null, '', `${location.pathname}?${params}`);
        const next = rendered(id);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
        const r = await next;
        return document.body.classList.contains('sb-show-errordisplay')
          ? { ok: false, error: document.querySelector('#error-message')?.textContent ?? 'error display' }
          : r;
      },
      { id, locale, changeLocale },
    );
  }
}

const test = base.extend<object, { frame: StoryFrame }>({
  frame: [
    async ({ browser }, use) => {
      // AxeBuilder needs a page of an explicit context (browser.newPage() pages are refused).
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await use(new StoryFrame(page));
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test('the built Storybook has stories', () => {
  expect(index, `${INDEX} missing: run npm run build-storybook first`).toBeDefined();
  expect(stories.length).toBeGreaterThan(0);
});

for (const story of stories) {
  for (const locale of LOCALES) {
    test(`${story.title} › ${story.name} [${locale}]`, async ({ frame }) => {
      const page = frame.page;
      const errors: string[] = [];
      const onPageError = (error: Error) => errors.push(`page error: ${error.message}`);
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === 'error') errors.push(`console error: ${message.text()} (${message.location().url})`);
      };
      page.on('pageerror', onPageError);
      page.on('console', onConsole);
      try {
        const shown = await frame.show(story.id, locale);
        expect(shown.error ?? '', 'the story renders').toBe('');
        expect(shown.ok).toBe(true);
        // Lazy parts (namespaces, the diagram's layout) settle before judging.
        await expect(page.locator('#storybook-root')).not.toBeEmpty();
        await expect(page.locator('#storybook-root [role="status"][data-loading]')).toHaveCount(0, { timeout: 60_000 });
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        expect(errors, 'page or console errors').toEqual([]);

        const results = await new AxeBuilder({ page }).include('#storybook-root').withTags(AXE_TAGS).setLegacyMode(true).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary, 'axe violations').toEqual([]);
        expect(errors, 'page or console errors').toEqual([]);
      } finally {
        page.off('pageerror', onPageError);
        page.off('console', onConsole);
      }
    });
  }
}
