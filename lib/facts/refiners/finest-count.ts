// Rule 18: in 「N个方面M项(共K个)问题」 only the finest count of feedback problems is a fact. Counts of
// problems chained in one phrase (4个方面、10个突出问题、22项具体表现; 五方面17项问题56项具体问题) keep the
// last, finer one: an earlier, smaller count followed closely by a larger one in the same sentence
// is a grouping of it.
import type { Refiner } from '../rule-types';

/** How far the finer count may stand after the coarser one, with no sentence end between. */
const CHAIN_GAP = 16;
// A comma or another figure between them ends the chain (23项问题已完成整改21项,4个方面38个问题).
const BREAK = /[。;,:\n]|和|及/;
// …14个问题,细化为52个具体问题: a refinement of the same problems continues the chain past a comma.
const REFINED = /^,(?:并|进一步)?(?:细化|分解|剖析|梳理|归纳)(?:出|为|成)?[^,。;\d]{0,6}$/;
const REFINED_GAP = 24;

export const finestCount: Refiner = {
  id: 'finest-count',
  what: 'keeps only the finest of the problem counts chained in one phrase (rule 18)',
  refine: ({ text }, facts) => {
    const problems = facts.filter((f) => f.code === 'problems_found' && f.value !== null);
    const coarse = new Set(
      problems.filter((f, i) => {
        const next = problems[i + 1];
        if (!next || next.value === null || f.value === null || next.value <= f.value) return false;
        const between = text.slice(f.end, next.start);
        const refines = REFINED.test(between) || (next.rule === 'count.problems.refined' && /^,(?:并|进一步)?$/.test(between));
        if (refines) return next.start - f.end <= REFINED_GAP;
        return next.start - f.end <= CHAIN_GAP && !BREAK.test(between);
      }),
    );
    return coarse.size ? facts.filter((f) => !coarse.has(f)) : facts;
  },
};
