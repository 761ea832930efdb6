// The sites the content script runs on by default (and the host permissions that go with them):
// government sites, and universities, which publish their 巡视整改 notices on their own sites.
export const DEFAULT_SITE_MATCHES = ['*://*.gov.cn/*', '*://*.edu.cn/*'];
