// A TypeDoc plugin for the Rollout docs site (loaded by typedoc.json).
//
// TypeDoc expands the type of an exported constant into its members: the
// `severity` and `summary` of each entry of `ISSUE_CODES`, the fields of each
// zod schema constant … With `validation.notDocumented`, every such member
// would need a comment of its own, although the constant's doc comment is the
// documentation of its value. This plugin marks a member as documented by the
// constant it belongs to — only when that constant has a doc comment, and only
// for members declared inside the constant's own value (a type literal under a
// documented Variable). Members of interfaces, type aliases, classes and
// function signatures still need their own comments.
//
// The one exception: the `…IssueParamsByCode` interfaces map each issue code to
// the params of its message. Each code's entry is documented by the code's own
// summary (from the package's codes table), and each param by the message
// that uses it; the params and messages are listed in docs/validation-codes.md.
import { Comment, Converter, ReflectionKind } from 'typedoc';
import { CLI_ISSUE_CODES } from '../packages/cli/dist/index.js';
import { ISSUE_CODES } from '../packages/core/dist/index.js';
import { IMPORT_ISSUE_CODES } from '../packages/import/dist/index.js';
import { JSON_ISSUE_CODES } from '../packages/json/dist/index.js';

const SUMMARIES = {
  ...ISSUE_CODES,
  ...JSON_ISSUE_CODES,
  ...IMPORT_ISSUE_CODES,
  ...CLI_ISSUE_CODES,
};

/** The comment of a member of an `…IssueParamsByCode` interface, or undefined. */
function paramsComment(reflection) {
  const chain = [];
  for (let r = reflection; r; r = r.parent) chain.push(r);
  const map = chain.find(
    (r) => r.kindOf(ReflectionKind.Interface) && /IssueParamsByCode$/.test(r.name),
  );
  if (!map?.hasComment()) return undefined;
  const codeEntry = chain[chain.indexOf(map) - 1];
  if (!codeEntry) return undefined;
  const code = codeEntry.name;
  if (reflection === codeEntry) {
    const summary = SUMMARIES[code]?.summary;
    return `The params of \`${code}\`${summary ? `: ${summary}` : '.'}`;
  }
  return `\`{${reflection.name}}\` in the message of \`${code}\`.`;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    for (const reflection of project.getReflectionsByKind(ReflectionKind.Property)) {
      if (reflection.hasComment()) continue;
      const params = paramsComment(reflection);
      if (params) {
        reflection.comment = new Comment([{ kind: 'text', text: params }]);
        continue;
      }
      let owner = reflection.parent;
      let insideValue = false;
      while (owner) {
        if (owner.kindOf(ReflectionKind.Variable)) break;
        if (owner.kindOf(ReflectionKind.TypeLiteral)) insideValue = true;
        else if (!owner.kindOf(ReflectionKind.Property)) {
          owner = undefined;
          break;
        }
        owner = owner.parent;
      }
      if (!owner || !insideValue || !owner.hasComment()) continue;
      reflection.comment = new Comment([
        { kind: 'text', text: `Part of the value of \`${owner.name}\` (see there).` },
      ]);
    }
  });
}
