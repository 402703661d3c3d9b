// The shell commands of Markdown fences, for scripts/check-doc-commands.mjs.

/** The commands of a Markdown text's sh/bash/shell fences, with their line numbers. */
export function fencedCommands(text) {
  const lines = text.split('\n');
  const out = [];
  let fence = null;
  let pending = '';
  let pendingLine = 0;
  lines.forEach((raw, i) => {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(raw);
    if (fence === null) {
      if (open) fence = { marker: open[2], shell: /^(?:sh|bash|shell)$/.test(open[3] ?? '') };
      return;
    }
    if (open && raw.trim().startsWith(fence.marker) && raw.trim().replace(/[`~]/g, '') === '') {
      fence = null;
      return;
    }
    if (!fence.shell) return;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (pending === '') pendingLine = i + 1;
    const code = line.replace(/\s{2,}#.*$/, '').replace(/\s+#\s.*$/, '');
    if (code.endsWith('\\')) {
      pending += `${code.slice(0, -1).trimEnd()} `;
      return;
    }
    out.push({ line: pendingLine, command: `${pending}${code}`.trim() });
    pending = '';
  });
  return out;
}
