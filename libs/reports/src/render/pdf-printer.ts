import { accessSync, constants } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DomainError, ErrorCode } from '@lexgap/platform';

/** A report's HTML printed as PDF, with a footer on every page. */
export interface PrintJob {
  html: string;
  footerHtml: string;
  title: string;
}

/** Flags for a headless browser on a server with no network but loopback and no display. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Pages printed at once; each holds a renderer process, and the machine has two cores. */
export const PRINT_CONCURRENCY = 2;
/** Jobs that may wait for a page (about 4 s of printing); beyond, a request is refused, not queued without end. */
export const MAX_WAITING_PRINTS = 32;

export class PdfUnavailableException extends DomainError {
  constructor(message: string, browserPath: string) {
    super(ErrorCode.UNAVAILABLE, message, { format: 'pdf', browserPath });
  }
}

/**
 * Prints HTML to PDF in headless Chromium through playwright-core (which never downloads a
 * browser: it drives the one at `browserPath`, Debian's `chromium` by default). The browser starts
 * on the first PDF and serves every later one; pages run with JavaScript off and every network
 * request refused, so a report prints exactly what its HTML holds.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private context: Promise<BrowserContext> | null = null;
  /** Pages not printing now; a page is reused (a new one costs about three prints), never shared. */
  private readonly idle: Page[] = [];
  private open = 0;
  private readonly waiting: ((page: Page) => void)[] = [];

  constructor(readonly browserPath: string) {}

  /** Whether a browser executable is where the configuration says. */
  available(): boolean {
    try {
      accessSync(this.browserPath, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  }

  async print(job: PrintJob): Promise<Buffer> {
    const page = await this.acquire();
    let healthy = true;
    try {
      await page.setContent(job.html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: job.footerHtml,
        margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
        tagged: true,
        outline: true,
      });
    } catch (error) {
      healthy = false;
      throw error;
    } finally {
      this.release(page, healthy);
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.context = null;
    this.idle.length = 0;
    this.open = 0;
    if (browser) await (await browser.catch(() => null))?.close();
  }

  private async acquire(): Promise<Page> {
    let idle = this.idle.pop();
    while (idle?.isClosed()) {
      this.open--;
      idle = this.idle.pop();
    }
    if (idle) return idle;
    if (this.open < PRINT_CONCURRENCY) {
      this.open++;
      try {
        return await (await this.newContext()).newPage();
      } catch (error) {
        this.open--;
        throw error;
      }
    }
    if (this.waiting.length >= MAX_WAITING_PRINTS) {
      throw new DomainError(ErrorCode.UNAVAILABLE, `The PDF printer is busy (${this.waiting.length} documents waiting); try again in a few seconds, or ask for the HTML report and print it`, {
        format: 'pdf',
        busy: true,
      });
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(page: Page, healthy: boolean): void {
    if (!healthy || page.isClosed()) {
      // A page that failed may be in any state: close it and let the next job open a fresh one.
      this.open--;
      void page.close().catch(() => undefined);
      const next = this.waiting.shift();
      if (next) this.acquire().then(next, () => this.waiting.unshift(next));
      return;
    }
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }

  /** One context for every page: JavaScript off, offline, and every request refused but inline data. */
  private newContext(): Promise<BrowserContext> {
    this.context ??= this.launch()
      .then(async (browser) => {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        return context;
      })
      .catch((error: unknown) => {
        this.context = null;
        throw error;
      });
    return this.context;
  }

  private launch(): Promise<Browser> {
    if (!this.available()) {
      return Promise.reject(
        new PdfUnavailableException(
          `PDF reports need a Chromium browser, and none is at ${this.browserPath}. Install Debian's chromium package (apt-get install chromium) or set LEXGAP_CHROMIUM_PATH to a Chromium or Chrome executable; HTML, Markdown and JSON reports work without one.`,
          this.browserPath,
        ),
      );
    }
    this.browser ??= import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath: this.browserPath, args: CHROMIUM_ARGS, headless: true }))
      .then((browser) => {
        browser.on('disconnected', () => {
          // A crashed browser takes its pages with it; the next job starts a new one.
          this.browser = null;
          this.context = null;
          this.idle.length = 0;
          this.open = 0;
        });
        return browser;
      })
      .catch((error: unknown) => {
        this.browser = null;
        throw new PdfUnavailableException(
          `The browser at ${this.browserPath} did not start for PDF printing: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          this.browserPath,
        );
      });
    return this.browser;
  }
}
