import {
  checkAgainstUpper,
  type DraftBlank,
  derivePlan,
  diffPlans,
  type Plan,
  tierLevelRank,
  type Unit,
} from '@rollout/core';
import { useMemo, useState } from 'preact/hooks';
import { issueText } from '../lib/names.js';
import type { PlanDoc } from '../lib/workspace.js';
import { useApp, usePlan } from './context.js';
import { Group } from './fields.js';
import { t } from './i18n.js';

/**
 * The plan among the plans above and below it: draft the lower tier's own
 * plan (`derivePlan`), check this plan against the upper tier's
 * (`checkAgainstUpper`), and see what changed since it was opened
 * (`diffPlans`).
 */
export function RelationsTab(props: {
  doc: PlanDoc;
  others: readonly PlanDoc[];
  onDerived: (plan: Plan, source: string) => string;
  onOpen: (key: string) => void;
}) {
  const { plan, names, lang } = usePlan();
  const { announce } = useApp();
  const units = props.doc.units;
  const lower = plan.tiers.slice(1);
  const [tier, setTier] = useState(lower[0]?.id ?? '');
  const [unit, setUnit] = useState('');
  const [made, setMade] = useState<{ key: string; blanks: DraftBlank[]; name: string } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const [upperKey, setUpperKey] = useState('');
  const tierUnits = useMemo<Unit[]>(() => {
    if (!units) return [];
    const level = plan.tiers.find((x) => x.id === tier)?.level;
    return units.filter((u) => (u.tier ? u.tier === tier : u.level === level));
  }, [units, tier, plan.tiers]);
  const upper = props.others.find((d) => d.key === upperKey);
  const check = useMemo(() => (upper ? checkAgainstUpper(plan, upper.plan) : null), [plan, upper]);
  const diff = useMemo(() => diffPlans(props.doc.original, plan), [props.doc.original, plan]);

  const derive = () => {
    const picked = tierUnits.find((u) => u.id === unit);
    const result = derivePlan(plan, {
      ...(picked ? { unit: picked, units: units ?? [] } : { tier }),
    });
    if (!result.success) {
      setError(result.issues.map((i) => issueText(i, plan, names, lang)).join(' '));
      return;
    }
    setError(null);
    const name = picked?.name ?? plan.tiers.find((x) => x.id === tier)?.name ?? tier;
    const key = props.onDerived(
      result.plan,
      t(
        `Soạn từ ${plan.header.reference} cho ${name}`,
        `Drafted from ${plan.header.reference} for ${name}`,
      ),
    );
    setMade({ key, blanks: result.blanks, name });
    announce(t(`Đã soạn kế hoạch cho ${name}.`, `Drafted the plan of ${name}.`));
  };

  return (
    <div class="editor">
      <Group
        legend={t('Soạn kế hoạch cho cấp dưới', 'Draft the plan of a lower tier')}
        id="sec-derive"
      >
        <p class="hint">
          {t(
            'Bản soạn có phần đầu, căn cứ, tài liệu, các cấp, hội nghị và thời hạn lấy từ kế hoạch này (không muộn hơn cấp trên cho phép); mục đích, yêu cầu, nội dung và tổ chức thực hiện để trống cho đơn vị tự viết.',
            'The draft takes its header, basis, materials, tiers, sessions and deadlines from this plan (never later than it allows); purposes, requirements, content and implementation are left for the unit to write.',
          )}
        </p>
        {lower.length === 0 ? (
          <p class="muted">{t('Kế hoạch không có cấp dưới.', 'The plan has no lower tier.')}</p>
        ) : (
          <div class="row">
            <div class="field">
              <label for="derive-tier">{t('Cấp', 'Tier')}</label>
              <select
                id="derive-tier"
                value={tier}
                onChange={(e) => {
                  setTier(e.currentTarget.value);
                  setUnit('');
                }}
              >
                {lower.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            </div>
            {tierUnits.length ? (
              <div class="field">
                <label for="derive-unit">{t('Đơn vị', 'Unit')}</label>
                <select
                  id="derive-unit"
                  value={unit}
                  onChange={(e) => setUnit(e.currentTarget.value)}
                >
                  <option value="">{t('(chung cho cả cấp)', '(for the whole tier)')}</option>
                  {tierUnits.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <button type="button" id="derive-make" onClick={derive}>
              {t('Soạn kế hoạch', 'Draft the plan')}
            </button>
          </div>
        )}
        {error ? (
          <p class="sev-error" role="alert">
            {error}
          </p>
        ) : null}
        {made ? (
          <div class="derived" id="derived">
            <p>
              {t(
                `Đã soạn kế hoạch cho ${made.name} và đưa vào danh sách. Còn phải tự viết:`,
                `Drafted the plan of ${made.name} and added it to the list. Still to write:`,
              )}
            </p>
            <ul>
              {made.blanks.map((b) => (
                <li key={b.path}>{b.note[lang]}</li>
              ))}
            </ul>
            <button type="button" id="derived-open" onClick={() => props.onOpen(made.key)}>
              {t('Mở bản soạn', 'Open the draft')}
            </button>
          </div>
        ) : null}
      </Group>

      <Group
        legend={t('Đối chiếu với kế hoạch cấp trên', 'Check against the upper tier’s plan')}
        id="sec-check"
      >
        {props.others.length === 0 ? (
          <p class="muted">
            {t(
              'Hãy mở kế hoạch của cấp trên vào danh sách để đối chiếu.',
              "Open the upper tier's plan in the list to check against it.",
            )}
          </p>
        ) : (
          <div class="field">
            <label for="check-upper">{t('Kế hoạch cấp trên', "The upper tier's plan")}</label>
            <select
              id="check-upper"
              value={upperKey}
              onChange={(e) => setUpperKey(e.currentTarget.value)}
            >
              <option value="">{t('— chọn —', '— choose —')}</option>
              {props.others.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.plan.header.reference} — {d.plan.header.issuer.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {check ? (
          <div id="check-result">
            <p class={check.fits ? 'ok' : 'sev-error'}>
              {check.fits
                ? t(
                    'Kế hoạch phù hợp với kế hoạch cấp trên.',
                    "The plan fits the upper tier's plan.",
                  )
                : t(
                    'Kế hoạch chưa phù hợp với kế hoạch cấp trên:',
                    "The plan does not fit the upper tier's plan:",
                  )}
            </p>
            {check.issues.length ? (
              <ul class="issue-list">
                {check.issues.slice(0, 50).map((i, n) => (
                  <li key={n} class={`sev-${i.severity}`} data-code={i.code}>
                    {issueText(i, plan, names, lang)}
                  </li>
                ))}
              </ul>
            ) : null}
            {check.copies.length ? (
              <p class="sev-warning">
                {t(
                  `${check.copies.length} đoạn chép lại nguyên văn kế hoạch cấp trên.`,
                  `${check.copies.length} passages copy the upper plan word for word.`,
                )}
              </p>
            ) : null}
          </div>
        ) : null}
      </Group>

      <Group
        legend={t('Những gì đã sửa so với bản lúc mở', 'What changed since it was opened')}
        id="sec-diff"
      >
        {diff.changes.length === 0 ? (
          <p class="muted" id="diff-none">
            {t('Chưa sửa gì.', 'Nothing changed yet.')}
          </p>
        ) : (
          <ul id="diff-list">
            {diff.changes.slice(0, 100).map((c, n) => (
              <li key={n} data-part={c.part}>
                {c.message[lang]}
              </li>
            ))}
          </ul>
        )}
      </Group>
    </div>
  );
}

/** The plans a plan may be checked against: the others in the list whose top tier is above its own. */
export function upperCandidates(doc: PlanDoc, docs: readonly PlanDoc[]): PlanDoc[] {
  const top = doc.plan.tiers[0];
  return docs.filter((d) => {
    if (d.key === doc.key) return false;
    const theirs = d.plan.tiers[0];
    return !top || !theirs || tierLevelRank(theirs.level) <= tierLevelRank(top.level);
  });
}
