// Describes a fact: its value, unit and code (and for an added fact whether it is hedged). An
// extracted fact keeps its kind (a correction patches value, unit and code only), so its codes
// are those of its kind; an added fact may be of any kind.
import { useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { parseFigure, type AddedFactEdit } from '@/lib/db';
import { COUNT_UNITS, TERMS, type Code, type FactKind } from '@/lib/vocabulary';
import { uiCodeLabel } from '../../ui-language';
import { KINDS } from './fact-views';
import { KIND_LABEL } from './labels';

interface Props {
  initial: AddedFactEdit;
  /** Limit the codes to this kind (a correction); absent: every kind (an added fact). */
  kind?: FactKind;
  showApprox: boolean;
  submitLabel: string;
  onSubmit(edit: AddedFactEdit): Promise<void>;
  onCancel?(): void;
}

export function FactEditForm({ initial, kind, showApprox, submitLabel, onSubmit, onCancel }: Props) {
  const [code, setCode] = useState<Code>(initial.code);
  const [value, setValue] = useState(initial.value === null ? '' : String(initial.value));
  const [unit, setUnit] = useState(initial.unit ?? '');
  const [approx, setApprox] = useState(initial.approx);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeKind = TERMS.find((t) => t.code === code)?.kind;
  const parsed = parseFigure(value);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (parsed === undefined) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ code, value: parsed, unit: codeKind === 'money' ? '元' : unit.trim() || null, approx });
    } catch (err) {
      setError(i18n.t('noticePage.saveFailed', [err instanceof Error ? err.message : String(err)]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="np-edit" data-testid="fact-edit-form" onSubmit={(e) => void submit(e)}>
      <label>
        <span>{i18n.t('noticePage.code')}</span>
        <select data-testid="edit-code" value={code} onChange={(e) => setCode(e.target.value as Code)}>
          {KINDS.filter((k) => !kind || k === kind).map((k) => (
            <optgroup key={k} label={KIND_LABEL[k]()}>
              {TERMS.filter((t) => t.kind === k).map((t) => (
                <option key={t.code} value={t.code}>{`${uiCodeLabel(t.code)} (${t.code})`}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        <span>{i18n.t('noticePage.value')}</span>
        <input data-testid="edit-value" inputMode="decimal" value={value} placeholder={i18n.t('noticePage.valueHint')}
          aria-invalid={parsed === undefined} onChange={(e) => setValue(e.target.value)} />
      </label>
      {codeKind !== 'money' && (
        <label>
          <span>{i18n.t('noticePage.unit')}</span>
          <input data-testid="edit-unit" list="np-units" value={unit} size={5} onChange={(e) => setUnit(e.target.value)} />
          <datalist id="np-units">{COUNT_UNITS.map((u) => <option key={u} value={u} />)}</datalist>
        </label>
      )}
      {showApprox && (
        <label className="np-check">
          <input type="checkbox" data-testid="edit-approx" checked={approx} onChange={(e) => setApprox(e.target.checked)} />
          <span>{i18n.t('noticePage.approxLabel')}</span>
        </label>
      )}
      <span className="row">
        <button type="submit" className="primary" data-testid="edit-save" disabled={busy || parsed === undefined}>{submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel}>{i18n.t('noticePage.cancel')}</button>}
      </span>
      {parsed === undefined && <span className="error small">{i18n.t('noticePage.valueInvalid')}</span>}
      {error && <span className="error small" role="alert">{error}</span>}
    </form>
  );
}
