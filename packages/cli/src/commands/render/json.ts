import { stringifyPlan } from '@rollout/json';
import { issuesToText } from '../../format-issues.js';
import { t } from '../../lang.js';
import { escapeJsonText } from '../../output.js';
import { readPlan } from '../../read-input.js';
import { writeRendered } from './output.js';
import type { RenderContext } from './types.js';

/**
 * `rollout render <plan.json> --to json [-o <file>]`: writes the plan as a
 * `rollout/plan` envelope of the current version (pretty, deterministic).
 *
 * Reads an envelope of any known version or a bare plan. Exit 1 when the plan
 * is invalid (issues on standard error, nothing written), 2 when the file
 * cannot be read as a plan.
 */
export async function renderJsonFormat(ctx: RenderContext): Promise<number> {
  const { file, common, io } = ctx;
  const lang = common.lang;
  const { result, unusable } = await readPlan(io, file, lang);
  if (!result.success) {
    io.stderr(issuesToText(result.issues, lang));
    io.stderr(
      t(
        lang,
        `${file}: kế hoạch không hợp lệ, không kết xuất.\n`,
        `${file}: the plan is invalid; nothing was rendered.\n`,
      ),
    );
    return unusable ? 2 : 1;
  }
  if (result.issues.length > 0) io.stderr(issuesToText(result.issues, lang));
  // The same JSON value, with the characters a terminal would act on written as escapes.
  const text = escapeJsonText(stringifyPlan(result.data, { pretty: true }));
  return writeRendered(ctx, text);
}
