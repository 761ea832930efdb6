// `extract --explain`: each document's verdict and each fact with the rule that made it, so a
// wrong figure is traced to its rule in seconds. Plain text, one fact a line.
import type { ExplainedExtraction } from '../../lib/extract';

const cell = (v: unknown) => (v === null || v === undefined ? '–' : String(v));

export function formatExplanation({ extraction, rules }: ExplainedExtraction): string {
  const { detection, facts, checks } = extraction;
  const lines = [`# ${extraction.source}`, `notice: ${detection.isNotice} (score ${detection.score}) — ${detection.reasons.join('; ')}`];
  const width = Math.max(4, ...rules.map((r) => r.length));
  facts.forEach((f, i) => {
    const value = `${cell(f.value)}${f.value === null ? '' : (f.unit ?? '')}${f.approx ? '≈' : ''}`;
    const marks = [f.headline ? 'headline' : '', f.parent ? `part of ${f.parent}` : ''].filter(Boolean).join(', ');
    lines.push(`  ${rules[i].padEnd(width)}  ${f.code.padEnd(24)} ${value.padEnd(10)} ${f.start}-${f.end}  「${f.quote}」${marks ? `  (${marks})` : ''}`);
  });
  if (facts.length === 0) lines.push('  (no facts)');
  for (const c of checks) lines.push(`  check ${c.code}: stated ${c.stated}, parts ${c.sumOfParts} — ${c.ok ? 'ok' : c.partial ? 'partial breakdown' : 'mismatch'}`);
  return `${lines.join('\n')}\n`;
}
