// The checks worth warning about: a stated total that its parts do not add up to, where the
// breakdown claims to be complete (a partial one, 其中 naming only some grades, is no mismatch).
import type { Check } from '../contract';

export function failedChecks(checks: readonly Check[]): Check[] {
  return checks.filter((c) => !c.ok && !c.partial);
}
