import {
  type Plan,
  RECIPIENT_PURPOSE_LABELS,
  type RecipientPurpose,
  type ResolutionKind,
  SIGNATURE_MODE_LABELS,
  type SignatureMode,
} from '@rollout/core';
import { freshId, type Path } from '../lib/edit.js';
import { usePlan } from './context.js';
import { DateField, Group, NumberField, SelectField, TextField } from './fields.js';
import { t } from './i18n.js';
import { AddButton, ItemCard, ItemTools } from './list-tools.js';

const RESOLUTION_KINDS: Record<ResolutionKind, [string, string]> = {
  resolution: ['Nghị quyết', 'Resolution'],
  directive: ['Chỉ thị', 'Directive'],
  conclusion: ['Kết luận', 'Conclusion'],
  regulation: ['Quy định', 'Regulation'],
  decision: ['Quyết định', 'Decision'],
  other: ['Văn bản khác', 'Other'],
};

function HeaderEditor() {
  const { plan, edit } = usePlan();
  const h = plan.header;
  return (
    <Group legend={t('Phần đầu văn bản', 'Header')} id="sec-header">
      <div class="row">
        <TextField
          path={['header', 'issuer', 'parent']}
          label={t('Cơ quan cấp trên', 'Body above the issuer')}
          hint={t('Ví dụ: TỈNH ỦY THANH HÓA', 'E.g. TỈNH ỦY THANH HÓA')}
          value={h.issuer.parent}
        />
        <TextField
          path={['header', 'issuer', 'name']}
          label={t('Cơ quan ban hành', 'Issuing body')}
          hint={t('Ví dụ: BAN THƯỜNG VỤ TỈNH ỦY', 'E.g. BAN THƯỜNG VỤ TỈNH ỦY')}
          required
          value={h.issuer.name}
        />
      </div>
      <div class="row">
        <SelectField
          path={['header', 'issuer', 'kind']}
          label={t('Loại cơ quan', 'Kind of body')}
          value={h.issuer.kind}
          options={[
            { value: 'party', label: t('Cơ quan Đảng', 'Party body') },
            { value: 'state', label: t('Cơ quan nhà nước', 'State body') },
            {
              value: 'mass-organisation',
              label: t('Mặt trận, đoàn thể', 'Front, mass organisation'),
            },
          ]}
          onValue={(v) => v && edit(['header', 'issuer', 'kind'], v)}
        />
        <SelectField
          path={['header', 'motto']}
          label={t('Tiêu đề bên phải', 'Heading on the right')}
          value={h.motto ?? ''}
          options={[
            { value: '', label: t('Theo loại cơ quan', 'From the kind of body') },
            { value: 'party', label: 'ĐẢNG CỘNG SẢN VIỆT NAM' },
            { value: 'state', label: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
          ]}
          onValue={(v) => edit(['header', 'motto'], v || undefined)}
        />
      </div>
      <div class="row">
        <TextField
          path={['header', 'reference']}
          label={t('Số, ký hiệu', 'Number and symbol')}
          hint={t(
            'Ví dụ: 985-KH/HNDT; bản dự thảo để trống số: -KH/TU',
            'E.g. 985-KH/HNDT; a draft leaves the number out: -KH/TU',
          )}
          required
          value={h.reference}
        />
        <TextField
          path={['header', 'place']}
          label={t('Địa danh', 'Place')}
          required
          value={h.place}
        />
        <DateField
          path={['header', 'date']}
          label={t('Ngày ban hành', 'Date of issue')}
          hint={t('Để trống khi còn là dự thảo', 'Leave empty in a draft')}
          value={h.date}
          onValue={(iso) => edit(['header', 'date'], iso)}
        />
      </div>
      <TextField
        path={['header', 'title']}
        label={t('Trích yếu (sau chữ KẾ HOẠCH)', 'Title (after KẾ HOẠCH)')}
        required
        multiline
        value={h.title}
      />
      <TextField
        path={['intro']}
        label={t('Đoạn mở đầu', 'Opening paragraph')}
        multiline
        value={plan.intro}
      />
    </Group>
  );
}

function ResolutionsEditor() {
  const { plan, edit, names } = usePlan();
  const list = plan.resolutions;
  return (
    <Group legend={t('Nghị quyết được triển khai', 'Resolutions rolled out')} id="sec-resolutions">
      {list.map((r, i) => (
        <ItemCard
          key={r.id}
          id={`item-resolutions-${i}`}
          title={r.reference || t(`Nghị quyết ${i + 1}`, `Resolution ${i + 1}`)}
          tools={
            <ItemTools
              path={['resolutions']}
              index={i}
              count={list.length}
              name={r.reference || t('nghị quyết', 'resolution')}
              usedBy={plan.materials
                .filter((m) => m.resolution === r.id)
                .map((m) => names.material(m.id))}
            />
          }
        >
          <div class="row">
            <SelectField
              path={['resolutions', i, 'kind']}
              label={t('Loại văn bản', 'Kind')}
              value={r.kind}
              options={(Object.keys(RESOLUTION_KINDS) as ResolutionKind[]).map((k) => ({
                value: k,
                label: t(RESOLUTION_KINDS[k][0], RESOLUTION_KINDS[k][1]),
              }))}
              onValue={(v) => v && edit(['resolutions', i, 'kind'], v)}
            />
            <TextField
              path={['resolutions', i, 'reference']}
              label={t('Số, ký hiệu', 'Number and symbol')}
              hint={t('Ví dụ: 58-NQ/TW', 'E.g. 58-NQ/TW')}
              required
              value={r.reference}
            />
            <DateField
              path={['resolutions', i, 'issuedOn']}
              label={t('Ngày ban hành', 'Issued on')}
              required
              value={r.issuedOn}
              onValue={(iso) => iso && edit(['resolutions', i, 'issuedOn'], iso)}
            />
          </div>
          <div class="row">
            <TextField
              path={['resolutions', i, 'issuer']}
              label={t('Cơ quan ban hành', 'Issued by')}
              hint={t('Ví dụ: Bộ Chính trị', 'E.g. Bộ Chính trị')}
              required
              value={r.issuer}
            />
            <TextField path={['resolutions', i, 'term']} label={t('Khóa', 'Term')} value={r.term} />
            <NumberField
              path={['resolutions', i, 'plenum']}
              label={t('Hội nghị Trung ương lần thứ', 'Plenum')}
              value={r.plenum}
              min={1}
              max={99}
              onValue={(n) => edit(['resolutions', i, 'plenum'], n)}
            />
          </div>
          <TextField
            path={['resolutions', i, 'title']}
            label={t('Trích yếu', 'Title')}
            multiline
            value={r.title}
          />
        </ItemCard>
      ))}
      <AddButton
        path={['resolutions']}
        label={t('Thêm nghị quyết', 'Add a resolution')}
        item={{
          id: freshId(
            'res',
            plan.resolutions.map((r) => r.id),
          ),
          kind: 'resolution',
          reference: '',
          issuedOn: plan.header.date ?? '2025-01-01',
          issuer: '',
        }}
      />
    </Group>
  );
}

/** A list of text items (purposes, requirements, content, method notes …). */
function TextListEditor(props: {
  field: keyof Plan;
  legend: string;
  itemLabel: string;
  id: string;
}) {
  const { plan } = usePlan();
  const list = (plan[props.field] as string[] | undefined) ?? [];
  const path: Path = [props.field];
  return (
    <Group legend={props.legend} id={props.id}>
      {list.map((text, i) => (
        <div class="text-item" key={`${props.field}-${i}`}>
          <TextField
            path={[props.field, i]}
            label={`${props.itemLabel} ${i + 1}`}
            required
            multiline
            value={text}
          />
          <ItemTools
            path={path}
            index={i}
            count={list.length}
            name={`${props.itemLabel} ${i + 1}`}
          />
        </div>
      ))}
      <AddButton
        path={path}
        label={t(`Thêm ${props.itemLabel.toLowerCase()}`, `Add ${props.itemLabel.toLowerCase()}`)}
        item=""
      />
    </Group>
  );
}

function ImplementationEditor() {
  const { plan } = usePlan();
  const list = plan.implementation ?? [];
  return (
    <Group legend={t('Tổ chức thực hiện', 'Implementation')} id="sec-implementation">
      {list.map((item, i) => (
        <div class="text-item" key={`impl-${i}`}>
          <div class="grow">
            <TextField
              path={['implementation', i, 'actor']}
              label={t('Đơn vị thực hiện', 'Who')}
              value={item.actor}
            />
            <TextField
              path={['implementation', i, 'text']}
              label={t('Nhiệm vụ', 'Task')}
              required
              multiline
              value={item.text}
            />
          </div>
          <ItemTools
            path={['implementation']}
            index={i}
            count={list.length}
            name={item.actor ?? t(`Nhiệm vụ ${i + 1}`, `Task ${i + 1}`)}
          />
        </div>
      ))}
      <AddButton
        path={['implementation']}
        label={t('Thêm nhiệm vụ', 'Add a task')}
        item={{ text: '' }}
      />
    </Group>
  );
}

function RecipientsEditor() {
  const { plan, edit } = usePlan();
  const list = plan.recipients;
  const purposes = Object.keys(RECIPIENT_PURPOSE_LABELS) as RecipientPurpose[];
  const words: Record<RecipientPurpose, [string, string]> = {
    report: ['B/c — để báo cáo', 'B/c — to report to'],
    implement: ['T/h — để thực hiện', 'T/h — to implement'],
    direct: ['C/đ — để chỉ đạo', 'C/đ — to direct'],
    inform: ['Biết — để biết', 'Biết — for information'],
    archive: ['Lưu — lưu trữ', 'Lưu — archive'],
  };
  return (
    <Group legend={t('Nơi nhận', 'Recipients')} id="sec-recipients">
      {list.map((r, i) => (
        <div class="text-item" key={`rcp-${i}`}>
          <div class="row grow">
            <TextField
              path={['recipients', i, 'name']}
              label={t('Nơi nhận', 'Recipient')}
              required
              value={r.name}
            />
            <SelectField
              path={['recipients', i, 'purpose']}
              label={t('Để', 'Purpose')}
              value={r.purpose ?? ''}
              options={[
                { value: '', label: t('(không ghi)', '(not given)') },
                ...purposes.map((p) => ({ value: p, label: t(words[p][0], words[p][1]) })),
              ]}
              onValue={(v) => edit(['recipients', i, 'purpose'], v || undefined)}
            />
          </div>
          <ItemTools
            path={['recipients']}
            index={i}
            count={list.length}
            name={r.name || t('nơi nhận', 'recipient')}
          />
        </div>
      ))}
      <AddButton
        path={['recipients']}
        label={t('Thêm nơi nhận', 'Add a recipient')}
        item={{ name: '', purpose: 'implement' }}
      />
    </Group>
  );
}

function SignatureEditor() {
  const { plan, edit } = usePlan();
  const s = plan.signature;
  const modes = Object.keys(SIGNATURE_MODE_LABELS) as SignatureMode[];
  const words: Record<SignatureMode, [string, string]> = {
    'on-behalf': ['T/M — thay mặt tập thể', 'T/M — on behalf of the body'],
    'acting-for': ['K.T. — ký thay người đứng đầu', 'K.T. — signing for the head'],
    'by-order': ['T/L — thừa lệnh', 'T/L — by order'],
    direct: ['Người đứng đầu ký trực tiếp', 'The head signs directly'],
  };
  if (!s)
    return (
      <Group legend={t('Chữ ký', 'Signature')} id="sec-signature">
        <p class="muted">
          {t('Kế hoạch chưa có phần chữ ký.', 'The plan has no signature block yet.')}
        </p>
        <button
          type="button"
          class="add"
          id="f-signature"
          onClick={() =>
            edit(['signature'], { mode: 'on-behalf', authority: 'BAN THƯỜNG VỤ', title: '' })
          }
        >
          + {t('Thêm phần chữ ký', 'Add the signature block')}
        </button>
      </Group>
    );
  return (
    <Group legend={t('Chữ ký', 'Signature')} id="sec-signature">
      <div class="row">
        <SelectField
          path={['signature', 'mode']}
          label={t('Hình thức ký', 'How it is signed')}
          value={s.mode}
          options={modes.map((m) => ({ value: m, label: t(words[m][0], words[m][1]) }))}
          onValue={(v) => v && edit(['signature', 'mode'], v)}
        />
        <TextField
          path={['signature', 'authority']}
          label={t('Thay mặt / ký thay cho', 'On behalf of / for')}
          hint={t('Ví dụ: BAN THƯỜNG VỤ', 'E.g. BAN THƯỜNG VỤ')}
          value={s.authority}
        />
      </div>
      <div class="row">
        <TextField
          path={['signature', 'title']}
          label={t('Chức vụ người ký', "Signer's title")}
          required
          value={s.title}
        />
        <TextField
          path={['signature', 'name']}
          label={t('Họ và tên người ký', "Signer's name")}
          hint={t('Để trống khi chưa ký', 'Empty until signed')}
          value={s.name}
        />
      </div>
    </Group>
  );
}

/** Everything of the document itself: header, resolutions, the text parts, recipients, signature. */
export function DocumentTab() {
  return (
    <div class="editor">
      <HeaderEditor />
      <ResolutionsEditor />
      <TextListEditor
        field="purposes"
        legend={t('Mục đích', 'Purposes')}
        itemLabel={t('Mục đích', 'Purpose')}
        id="sec-purposes"
      />
      <TextListEditor
        field="requirements"
        legend={t('Yêu cầu', 'Requirements')}
        itemLabel={t('Yêu cầu', 'Requirement')}
        id="sec-requirements"
      />
      <TextListEditor
        field="content"
        legend={t('Nội dung học tập', 'What is studied')}
        itemLabel={t('Nội dung', 'Item')}
        id="sec-content"
      />
      <TextListEditor
        field="methodNotes"
        legend={t('Phương thức (ghi chú)', 'Method (notes)')}
        itemLabel={t('Ghi chú', 'Note')}
        id="sec-methodNotes"
      />
      <TextListEditor
        field="actionPlanNotes"
        legend={t('Xây dựng kế hoạch hành động (ghi chú)', 'Action plans (notes)')}
        itemLabel={t('Ghi chú', 'Note')}
        id="sec-actionPlanNotes"
      />
      <ImplementationEditor />
      <RecipientsEditor />
      <SignatureEditor />
    </div>
  );
}
