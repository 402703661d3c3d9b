import type { TierPresetName } from '@rollout/core';
import { useState } from 'preact/hooks';
import { formatDmy, parseDateEntry } from '../lib/dates.js';
import type { NewPlanInput } from '../lib/presets.js';
import { t } from './i18n.js';

const PRESETS: {
  id: TierPresetName;
  vi: string;
  en: string;
  detailVi: string;
  detailEn: string;
}[] = [
  {
    id: 'party',
    vi: 'Đảng bộ bốn cấp',
    en: 'Party, four levels',
    detailVi: 'Cấp tỉnh → cấp huyện và tương đương → cấp cơ sở → chi bộ',
    detailEn: 'Province → district and equivalent → grassroots → party cells',
  },
  {
    id: 'mass-organisation',
    vi: 'Mặt trận, đoàn thể',
    en: 'Mass organisation',
    detailVi: 'Tỉnh hội → huyện hội → cơ sở hội → chi hội',
    detailEn: 'Provincial union → district unions → grassroots unions → branches',
  },
  {
    id: 'two-level',
    vi: 'Chính quyền hai cấp (từ 01/07/2025)',
    en: 'Two-level government (since 1 July 2025)',
    detailVi: 'Cấp tỉnh → cấp xã → chi bộ',
    detailEn: 'Province → commune → party cells',
  },
];

/** The form that starts a new plan from a tier preset: only what cannot be guessed. */
function NewPlanForm(props: { onCreate: (input: NewPlanInput) => void }) {
  const [preset, setPreset] = useState<TierPresetName>('two-level');
  const [values, setValues] = useState<Record<string, string>>({
    issuer: '',
    parent: '',
    place: '',
    resolution: '',
    resolutionIssuer: 'Ban Chấp hành Trung ương',
    resolutionDate: '',
    firstDeadline: '',
  });
  const [tried, setTried] = useState(false);
  const dates = {
    resolutionDate: parseDateEntry(values.resolutionDate ?? ''),
    firstDeadline: parseDateEntry(values.firstDeadline ?? ''),
  };
  const problems: Record<string, string | null> = {
    issuer: values.issuer?.trim()
      ? null
      : t('Cần nhập cơ quan ban hành.', 'The issuing body is needed.'),
    place: values.place?.trim() ? null : t('Cần nhập địa danh.', 'The place is needed.'),
    resolution: values.resolution?.trim()
      ? null
      : t('Cần nhập số, ký hiệu nghị quyết.', "The resolution's number is needed."),
    resolutionIssuer: values.resolutionIssuer?.trim()
      ? null
      : t('Cần nhập cơ quan ban hành nghị quyết.', 'Who issued the resolution is needed.'),
    resolutionDate:
      dates.resolutionDate.state === 'date'
        ? null
        : t('Cần một ngày có thật, dạng nn/tt/nnnn.', 'A real date is needed, dd/mm/yyyy.'),
    firstDeadline:
      dates.firstDeadline.state === 'date'
        ? null
        : t('Cần một ngày có thật, dạng nn/tt/nnnn.', 'A real date is needed, dd/mm/yyyy.'),
  };
  const field = (key: string, label: string, hint?: string) => {
    const problem = tried ? problems[key] : null;
    return (
      <div class="field">
        <label for={`new-${key}`}>
          {label}
          <span class="req" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        <input
          id={`new-${key}`}
          type="text"
          required
          autoComplete="off"
          inputMode={key.endsWith('Date') || key === 'firstDeadline' ? 'numeric' : 'text'}
          value={values[key]}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={
            [hint ? `new-${key}-hint` : '', problem ? `new-${key}-msg` : '']
              .filter(Boolean)
              .join(' ') || undefined
          }
          onInput={(e) => setValues({ ...values, [key]: e.currentTarget.value })}
        />
        {hint ? (
          <p class="hint" id={`new-${key}-hint`}>
            {hint}
          </p>
        ) : null}
        {problem ? (
          <p class="sev-error" id={`new-${key}-msg`}>
            {problem}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <form
      class="new-plan"
      aria-labelledby="new-plan-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        const first = Object.entries(problems).find(([, p]) => p);
        if (first) {
          document.getElementById(`new-${first[0]}`)?.focus();
          return;
        }
        props.onCreate({
          preset,
          issuer: values.issuer!.trim().normalize('NFC'),
          parent: (values.parent ?? '').trim().normalize('NFC'),
          place: values.place!.trim().normalize('NFC'),
          resolution: values.resolution!.trim().normalize('NFC'),
          resolutionIssuer: values.resolutionIssuer!.trim().normalize('NFC'),
          resolutionDate: (dates.resolutionDate as { iso: string }).iso,
          firstDeadline: (dates.firstDeadline as { iso: string }).iso,
        });
      }}
    >
      <h2 id="new-plan-heading">{t('Tạo kế hoạch mới', 'A new plan')}</h2>
      <fieldset class="group">
        <legend>{t('Hệ thống các cấp', 'The tiers')}</legend>
        {PRESETS.map((p) => (
          <div class="radio" key={p.id}>
            <input
              type="radio"
              name="preset"
              id={`preset-${p.id}`}
              value={p.id}
              checked={preset === p.id}
              onChange={() => setPreset(p.id)}
            />
            <label for={`preset-${p.id}`}>
              <strong>{t(p.vi, p.en)}</strong> — {t(p.detailVi, p.detailEn)}
            </label>
          </div>
        ))}
      </fieldset>
      <div class="row">
        {field(
          'parent',
          t('Cơ quan cấp trên (nếu có)', 'Body above (if any)'),
          t('Ví dụ: TỈNH ỦY THANH HÓA', 'E.g. TỈNH ỦY THANH HÓA'),
        )}
        {field(
          'issuer',
          t('Cơ quan ban hành', 'Issuing body'),
          t('Ví dụ: BAN THƯỜNG VỤ', 'E.g. BAN THƯỜNG VỤ'),
        )}
        {field('place', t('Địa danh', 'Place'), t('Ví dụ: Thanh Hóa', 'E.g. Thanh Hóa'))}
      </div>
      <div class="row">
        {field(
          'resolution',
          t('Số, ký hiệu nghị quyết', "The resolution's number"),
          t('Ví dụ: 58-NQ/TW', 'E.g. 58-NQ/TW'),
        )}
        {field('resolutionIssuer', t('Cơ quan ban hành nghị quyết', 'Issued by'))}
        {field(
          'resolutionDate',
          t('Ngày ban hành nghị quyết', 'Issued on'),
          t('nn/tt/nnnn', 'dd/mm/yyyy'),
        )}
        {field(
          'firstDeadline',
          t('Hạn hoàn thành của cấp trên cùng', 'The top tier’s deadline'),
          t(
            'Các cấp dưới tự tính theo: 15 ngày làm việc sau cấp trên',
            'Lower tiers follow: 15 working days after the tier above',
          ),
        )}
      </div>
      <button type="submit" class="primary" id="new-plan-create">
        {t('Tạo kế hoạch', 'Create the plan')}
      </button>
      {dates.firstDeadline.state === 'date' ? (
        <span class="muted">
          {' '}
          {t(
            `Cấp trên cùng hoàn thành trước ${formatDmy(dates.firstDeadline.iso)}.`,
            `Top tier done by ${formatDmy(dates.firstDeadline.iso)}.`,
          )}
        </span>
      ) : null}
    </form>
  );
}

/** Where a clerk starts: a new plan from a preset, a file of their own, or an example. */
export function StartScreen(props: {
  onCreate: (input: NewPlanInput) => void;
  onFile: (file: File) => void;
  onExample: (key: 'kh985' | 'nq58' | 'two') => void;
  busy: boolean;
  error: string | null;
}) {
  return (
    <div class="start">
      <section class="card" aria-labelledby="open-heading">
        <h2 id="open-heading">{t('Mở kế hoạch có sẵn', 'Open a plan you have')}</h2>
        <div class="field">
          <label for="plan-file">
            {t(
              'Tệp kế hoạch (.json), văn bản (.txt) hoặc Word (.docx)',
              'A plan file (.json), a text (.txt) or Word (.docx)',
            )}
          </label>
          <input
            id="plan-file"
            type="file"
            accept=".json,.txt,.docx,.md,application/json,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby="plan-file-hint"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) props.onFile(f);
              e.currentTarget.value = '';
            }}
          />
          <p class="hint" id="plan-file-hint">
            {t(
              'Văn bản kế hoạch (.txt, .docx) được đọc tự động; bạn xem lại những gì đọc được trước khi sửa.',
              'A plan’s text (.txt, .docx) is read for you; you review what was read before editing.',
            )}
          </p>
        </div>
        {props.busy ? <p role="status">{t('Đang đọc tệp…', 'Reading the file…')}</p> : null}
        {props.error ? (
          <p class="sev-error" role="alert">
            {props.error}
          </p>
        ) : null}
        <h3>{t('Hoặc mở kế hoạch mẫu', 'Or open an example')}</h3>
        <div class="actions">
          <button type="button" id="example-985" onClick={() => props.onExample('kh985')}>
            985-KH/HNDT —{' '}
            {t(
              'Hội Nông dân tỉnh Thanh Hóa, Nghị quyết 58-NQ/TW',
              'Farmers’ Union of Thanh Hóa, resolution 58-NQ/TW',
            )}
          </button>
          <button type="button" id="example-two" onClick={() => props.onExample('two')}>
            {t(
              'Kế hoạch của Tỉnh ủy theo mô hình chính quyền hai cấp (tỉnh → xã)',
              'A provincial plan under the two-level government (province → commune)',
            )}
          </button>
          <button type="button" id="example-nq58" onClick={() => props.onExample('nq58')}>
            {t(
              'Dự thảo kế hoạch của Tỉnh ủy, Nghị quyết 58-NQ/TW',
              'The provincial draft, resolution 58-NQ/TW',
            )}
          </button>
        </div>
      </section>
      <section class="card">
        <NewPlanForm onCreate={props.onCreate} />
      </section>
    </div>
  );
}
