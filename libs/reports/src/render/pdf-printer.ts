import { accessSync, constants } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DomainException, ErrorCode } from '@lexgap/platform';

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
const CONCURRENT_PAGES = 2;

export class PdfUnavailableException extends DomainException {
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
  private running = 0;
  private readonly waiting: (() => void)[] = [];

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
    const browser = await this.launch();
    await this.acquire();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      const page = await context.newPage();
      await page.setContent(job.html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: job.footerHtml,
        margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
        tagged: true,
        outline: true,
      });
      return pdf;
    } finally {
      await context.close().catch(() => undefined);
      this.release();
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close();
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
          this.browser = null;
        });
        return browser;
      })
      .catch((error: unknown) => {
        this.browser = null;
        throw new PdfUnavailableException(`The browser at ${this.browserPath} did not start for PDF printing: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, this.browserPath);
      });
    return this.browser;
  }

  private acquire(): Promise<void> {
    if (this.running < CONCURRENT_PAGES) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => { this.running++; resolve(); }));
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }
}
