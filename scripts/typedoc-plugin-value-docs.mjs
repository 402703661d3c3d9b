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
import { Comment, Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    for (const reflection of project.getReflectionsByKind(ReflectionKind.Property)) {
      if (reflection.hasComment()) continue;
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
