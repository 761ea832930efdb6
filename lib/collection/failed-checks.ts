// The checks worth warning about: a stated total that its parts do not add up to.
import type { Check } from '../contract';

export function failedChecks(checks: readonly Check[]): Check[] {
  return checks.filter((c) => !c.ok);
}
