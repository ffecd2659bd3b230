// Where the Debian browsers the tests drive live, and the packages that install them.
// Shared by scripts/ensure-browsers.js and the end-to-end tests.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const XVFB_RUN = '/usr/bin/xvfb-run';
/** WebKitGTK's test browser, which WebKitWebDriver launches with --automation. */
export const MINIBROWSER = `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/webkit2gtk-4.1/MiniBrowser`;

export const BROWSERS = [
  // poppler-utils (pdfinfo, pdftoppm): the print tests read the PDFs Chromium writes.
  { name: 'chromium', packages: ['chromium', 'fonts-noto-cjk', 'poppler-utils'], files: [CHROMIUM, '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/bin/pdftoppm', '/usr/bin/pdfinfo'] },
  { name: 'firefox', packages: ['firefox-esr'], files: [FIREFOX] },
  { name: 'webkit', packages: ['webkit2gtk-driver', 'xvfb'], files: [WEBKIT_DRIVER, XVFB_RUN, MINIBROWSER] }
];
