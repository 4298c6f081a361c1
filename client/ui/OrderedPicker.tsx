import { useState } from 'preact/hooks';
import { CloseIcon, svg } from '../app/icons';
import { move } from './list-move';
import './ordered-picker.css';

export interface PickerOption {
  id: string;
  label: string;
}

export interface OrderedPickerText {
  legend: string;
  empty: string;
  addLabel: string;
  add: string;
  up: string;
  down: string;
  remove: string;
  /** "2 of 3: Lifting", naming a row for the buttons' accessible names. */
  position: (n: number, total: number, label: string) => string;
}

/**
 * An ordered choice from a list: what is chosen, in order, with buttons to
 * move each up or down or take it out (no dragging needed, one-handed and
 * by keyboard alike), and a picker to add one more at the end. The
 * buttons show an icon (three words would not fit a phone's row) and say
 * what they do to which row in their names.
 */
export function OrderedPicker({ id, options, value, onChange, text }: { id: string; options: readonly PickerOption[]; value: readonly string[]; onChange: (next: string[]) => void; text: OrderedPickerText }) {
  const left = options.filter((o) => !value.includes(o.id));
  const [adding, setAdding] = useState('');
  const labelOf = (itemId: string) => options.find((o) => o.id === itemId)?.label ?? itemId;
  const pick = adding && left.some((o) => o.id === adding) ? adding : (left[0]?.id ?? '');
  return (
    <fieldset class="ordered-picker">
      <legend>{text.legend}</legend>
      {value.length === 0 ? (
        <p class="hint">{text.empty}</p>
      ) : (
        <ol class="ordered-list">
          {value.map((itemId, index) => {
            const name = text.position(index + 1, value.length, labelOf(itemId));
            return (
              <li key={itemId} class="ordered-row">
                <span class="ordered-label">{labelOf(itemId)}</span>
                <span class="ordered-actions">
                  <button type="button" class="button button-secondary ordered-button" aria-label={`${text.up}: ${name}`} title={text.up} disabled={index === 0} onClick={() => onChange(move(value, index, -1))}>
                    {svg(20, <path d="M12 19V5m-6 6 6-6 6 6" />)}
                  </button>
                  <button type="button" class="button button-secondary ordered-button" aria-label={`${text.down}: ${name}`} title={text.down} disabled={index === value.length - 1} onClick={() => onChange(move(value, index, 1))}>
                    {svg(20, <path d="M12 5v14m-6-6 6 6 6-6" />)}
                  </button>
                  <button type="button" class="button button-secondary ordered-button" aria-label={`${text.remove}: ${name}`} title={text.remove} onClick={() => onChange(value.filter((v) => v !== itemId))}>
                    <CloseIcon size={20} />
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {left.length > 0 && (
        <div class="ordered-add">
          <div class="field">
            <label for={`${id}-add`}>{text.addLabel}</label>
            <select id={`${id}-add`} value={pick} onChange={(e) => setAdding(e.currentTarget.value)}>
              {left.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <button type="button" class="button button-secondary" onClick={() => pick && onChange([...value, pick])}>
            {text.add}
          </button>
        </div>
      )}
    </fieldset>
  );
}
