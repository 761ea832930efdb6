// 100万元以上, 50人以上: a hedge written after the unit makes the figure approximate.
import type { Refiner } from '../rule-types';

export const hedgeAfter: Refiner = {
  id: 'hedge-after',
  what: 'marks a figure followed by 以上 as approximate',
  refine: ({ text }, facts) => {
    for (const f of facts) if (f.value !== null && text.startsWith('以上', f.end)) f.approx = true;
    return facts;
  },
};
