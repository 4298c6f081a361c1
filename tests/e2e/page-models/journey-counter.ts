import type { Locator, Page } from 'playwright-core';

/** What a journey cost the person: the figures a journey test prints and bounds. */
export interface JourneyFigures {
  taps: number;
  fields: number;
  /** Taps whose target was not on screen, so the person had to scroll to it first. */
  scrolls: number;
  /** Words of visible text the person passed on the way (above or on each tapped target), plus any mail read. */
  words: number;
  /** Machine time since the journey started. */
  seconds: number;
}

/**
 * Walks a journey on a touch phone the way a person does and counts what it
 * costs: every tap (a real touch event, `hasTouch` pages only), every field
 * filled, every tap whose target first had to be scrolled into view, and the
 * words read before each tap. `mark()` freezes the figures at a point of the
 * journey (e.g. "the first card is on screen") so a test can bound that part.
 */
export class JourneyCounter {
  private figures: Omit<JourneyFigures, 'seconds'> = { taps: 0, fields: 0, scrolls: 0, words: 0 };
  private readonly startedAt = performance.now();
  private readonly marks = new Map<string, JourneyFigures>();
  /** Words already counted on the screen at this address: a second tap on one screen adds only what lies further down. */
  private readonScreen = { url: '', words: 0 };

  constructor(private readonly page: Page) {}

  async tap(target: Locator): Promise<void> {
    await this.approach(target);
    this.figures.taps += 1;
    await target.tap();
  }

  async fill(target: Locator, value: string): Promise<void> {
    await this.approach(target);
    this.figures.fields += 1;
    await target.fill(value);
  }

  /** A mail the person reads to go on (its text, the link itself left out). */
  readMail(text: string): void {
    this.figures.words += countWords(text.replace(/https?:\/\/\S+/g, ''));
  }

  /** Opening a link outside the page (the one in the mail) is a tap too. */
  async openLink(url: string): Promise<void> {
    this.figures.taps += 1;
    await this.page.goto(url);
  }

  now(): JourneyFigures {
    return { ...this.figures, seconds: Math.round((performance.now() - this.startedAt) / 100) / 10 };
  }

  mark(name: string): JourneyFigures {
    const figures = this.now();
    this.marks.set(name, figures);
    return figures;
  }

  at(name: string): JourneyFigures {
    const figures = this.marks.get(name);
    if (!figures) throw new Error(`No mark "${name}"`);
    return figures;
  }

  /** Counts the words read on the way to `target` and whether it was off screen (a scroll). */
  private async approach(target: Locator): Promise<void> {
    await target.waitFor();
    const { onScreen, words } = await target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const before = element.contains(node) || Boolean(element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING);
        if (before && parent?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) text += ` ${node.textContent ?? ''}`;
      }
      return { onScreen: box.top >= 0 && box.bottom <= window.innerHeight, words: text };
    });
    if (!onScreen) this.figures.scrolls += 1;
    const url = this.page.url();
    const upToTarget = countWords(words);
    const already = this.readonScreen.url === url ? this.readonScreen.words : 0;
    this.figures.words += Math.max(0, upToTarget - already);
    this.readonScreen = { url, words: Math.max(already, upToTarget) };
  }
}

/** Words as a reader counts them: runs of letters or digits ("3", "kick-off", "L&D" are one each). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function formatFigures(f: JourneyFigures): string {
  return `${f.taps} taps, ${f.fields} fields, ${f.scrolls} scrolls, ${f.seconds} s, ${f.words} words`;
}
