import { parseDocumentReference } from '../../model/reference.js';
import type { RuleContext } from '../context.js';

/**
 * `reference/malformed`, `reference/unnumbered`, `signature/missing`: the numbers
 * and symbols parse (a resolution's must carry its number); a signature is there.
 */
export function checkDocument(ctx: RuleContext): void {
  const { plan } = ctx;
  const header = parseDocumentReference(plan.header.reference);
  if (!header) {
    ctx.report('reference/malformed', ['header', 'reference'], {
      reference: plan.header.reference,
    });
  } else if (header.number === undefined) {
    ctx.report('reference/unnumbered', ['header', 'reference'], {
      reference: plan.header.reference,
    });
  }
  plan.resolutions.forEach((r, i) => {
    if (parseDocumentReference(r.reference)?.number === undefined) {
      ctx.report('reference/malformed', ['resolutions', i, 'reference'], {
        reference: r.reference,
      });
    }
  });
  if (plan.signature === undefined) ctx.report('signature/missing', ['signature']);
}
