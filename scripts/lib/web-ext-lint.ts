// `web-ext lint` (Mozilla's addons-linter) over the Firefox build, through web-ext's Node API:
// the CLI would also ask the npm registry for a newer web-ext, the API never leaves the machine.
import webExt, { type LintMessage, type LintResult } from 'web-ext';
import { firefoxExtensionDir } from './paths';

export type { LintMessage, LintResult };

export function lintFirefoxBuild(sourceDir = firefoxExtensionDir): Promise<LintResult> {
  // output 'none': the same result object as `--output json`, without printing it.
  return webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
}

export function formatLintMessage(m: LintMessage): string {
  return `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
}
